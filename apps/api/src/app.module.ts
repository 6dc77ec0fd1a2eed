import { DynamicModule, Module } from '@nestjs/common';
import { dataSourceOptions } from '@consilium/migrations';
import { AuditModule } from '@consilium/server-audit';
import { AppConfig, CoreModule, GraphqlApiModule, HealthController } from '@consilium/server-core';
import { CasesModule } from '@consilium/server-cases';
import { DecisionsModule } from '@consilium/server-decisions';
import { IdentityModule } from '@consilium/server-identity';
import { ImagingModule } from '@consilium/server-imaging';
import { KpisModule } from '@consilium/server-kpis';
import { LiveModule } from '@consilium/server-live';
import { MeetingsModule } from '@consilium/server-meetings';
import { NotificationsModule } from '@consilium/server-notifications';
import { PharmacyModule } from '@consilium/server-pharmacy';

/** The api process: GraphQL, health, the live room (Socket.IO `/live`) and every feature module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, dataSourceOptions), GraphqlApiModule, AuditModule, IdentityModule, CasesModule, ImagingModule, PharmacyModule, DecisionsModule, NotificationsModule, MeetingsModule, KpisModule, LiveModule],
      controllers: [HealthController],
    };
  }
}
