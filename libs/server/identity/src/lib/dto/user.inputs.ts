import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsInt,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { Role } from '@consilium/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(trim)
  @MaxLength(320, { message: 'email must be at most 320 characters' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'displayName must be 1 to 200 characters' })
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @Length(12, 256, { message: 'password must be 12 to 256 characters' })
  password!: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsEnum(Role, { each: true, message: 'roles must contain only known roles' })
  roles!: Role[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'teamIds must list at most 50 teams' })
  @IsUUID('all', { each: true, message: 'teamIds must contain team ids' })
  teamIds: string[] = [];
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsEnum(Role, { each: true, message: 'roles must contain only known roles' })
  roles!: Role[];

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}

@InputType()
export class UserVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}
