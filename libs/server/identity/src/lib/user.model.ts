import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { TeamModel } from './team.model';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  active!: boolean;

  @Field(() => Date, { nullable: true })
  deactivatedAt!: Date | null;

  @Field(() => Int, { description: 'Pass back as expectedVersion when changing this user.' })
  version!: number;

  @Field(() => [TeamModel], { description: 'The MDT teams this user belongs to.' })
  teams?: TeamModel[];
}
