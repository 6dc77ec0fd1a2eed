import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { PageArgs, PageInfoModel } from '@consilium/server-core';
import { NotificationKind } from './notification-kind';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true, description: 'The case it is about, when there is one.' }) caseId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' }) readAt!: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationModel]) nodes!: NotificationModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  @Field(() => Int, { description: 'How many of your notifications are unread (all pages).' }) unreadCount!: number;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only unread notifications.' })
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class NotificationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a notification id' })
  id!: string;
}
