// Zod's own messages in Japanese, for every schema of the app (imported once by schema.ts).
import { z } from 'zod';

z.config(z.locales.ja());
