export { NotificationsModule } from './lib/notifications.module';
export { NotificationsService, NotificationDraft, notificationsChannel } from './lib/notifications.service';
export { NotificationEntity } from './lib/notification.entity';
export { NotificationKind } from './lib/notification-kind';

import { NotificationEntity } from './lib/notification.entity';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];
