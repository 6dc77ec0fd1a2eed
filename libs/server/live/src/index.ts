export { LiveModule } from './lib/live.module';
export { LiveIoAdapter, RECOVERY_WINDOW_MS } from './lib/live-io.adapter';
