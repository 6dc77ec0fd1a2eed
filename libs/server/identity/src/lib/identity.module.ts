import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@consilium/server-core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { TeamsResolver } from './teams.resolver';
import { TeamsService } from './teams.service';
import { TokenService } from './token.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    PasswordService,
    LoginThrottleService,
    TokenService,
    AuthService,
    UsersService,
    TeamsService,
    AuthResolver,
    UsersResolver,
    TeamsResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService, TeamsService, PasswordService],
})
export class IdentityModule {}
