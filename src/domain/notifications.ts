import { z } from 'zod';

/**
 * Notification settings that are not secret. Webhook URLs, SMTP credentials and
 * signing keys come from the environment only (see README, "Notifications").
 */
export const NotificationsConfig = z
  .strictObject({
    /** Probe runs in a row that must agree before a status change is announced. */
    confirmRuns: z.number().int().min(1).max(20).default(2),
    /** E-mail: sender and recipients (the SMTP server comes from SMTP_URL). */
    email: z
      .strictObject({
        /** The From address. */
        from: z.string().min(3),
        /** One or more recipients. */
        to: z.array(z.string().min(3)).min(1),
      })
      .optional(),
  })
  .default({ confirmRuns: 2 });
export type NotificationsConfig = z.infer<typeof NotificationsConfig>;
