import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'email is required' })
  @MaxLength(320, { message: 'email must be at most 320 characters' })
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(256, { message: 'password must be at most 256 characters' })
  password!: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'refreshToken is required' })
  @MaxLength(128, { message: 'refreshToken must be at most 128 characters' })
  refreshToken!: string;
}
