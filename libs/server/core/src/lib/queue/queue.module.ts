import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

/** BullMQ's connection options and key prefix, from REDIS_URL and REDIS_PREFIX. */
export function bullmqConnection(config: AppConfig) {
  const url = new URL(config.REDIS_URL);
  return {
    prefix: `${config.REDIS_PREFIX}:bull`,
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
  };
}

/** BullMQ on Redis: one connection setting and key prefix for every queue of the process. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        return {
          ...bullmqConnection(config),
          defaultJobOptions: {
            attempts: 5,
            backoff: { type: 'exponential', delay: 2000 },
            removeOnComplete: { count: 1000, age: 7 * 24 * 3600 },
            removeOnFail: { count: 5000, age: 30 * 24 * 3600 },
          },
        };
      },
    }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
