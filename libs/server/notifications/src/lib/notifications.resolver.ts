import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { NotificationEntity } from './notification.entity';
import { NotificationConnection, NotificationIdArgs, NotificationModel, NotificationsArgs } from './notification.model';
import { NotificationsService } from './notifications.service';

function toModel(row: NotificationEntity): NotificationModel {
  return { id: row.id, kind: row.kind, title: row.title, body: row.body, caseId: row.caseId, createdAt: row.createdAt, readAt: row.readAt };
}

/** Every signed-in user reads and marks their own notifications, and only those. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Authorize()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(@Args() args: NotificationsArgs, @CurrentPrincipal() me: Principal): Promise<NotificationConnection> {
    const page = await this.service.list(me.userId, args);
    return {
      nodes: page.nodes.map(toModel),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      unreadCount: await this.service.unreadCount(me.userId),
    };
  }

  @Authorize()
  @Mutation(() => NotificationModel, { description: 'Mark one of your notifications read.' })
  async markNotificationRead(@Args() args: NotificationIdArgs, @CurrentPrincipal() me: Principal): Promise<NotificationModel> {
    return toModel(await this.service.markRead(me.userId, args.id));
  }
}
