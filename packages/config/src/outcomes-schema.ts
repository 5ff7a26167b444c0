/** The `outcomes` section of switchboard.yaml: the two windows that turn a conversation's events into its outcome. */
import { z } from 'zod';

export const outcomesSchema = z
  .strictObject({
    /**
     * Minutes of silence after the bot's last turn before it settles the conversation: an answer becomes a resolution
     * by the bot, a decline an abandonment (docs/evaluation.md, "Outcomes").
     */
    inactivityMinutes: z.number().positive().max(10_080).default(30),
    /** Hours after a resolution within which the customer coming back reopens it. */
    reopenHours: z.number().positive().max(8_760).default(72),
  })
  .prefault({});
