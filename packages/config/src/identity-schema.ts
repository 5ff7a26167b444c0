/** The `identity` section of switchboard.yaml: how identity tokens are checked. Secrets never live here. */
import { z } from 'zod';

/**
 * Identity tokens are JWTs the company's backend signs: HS256 with `SWITCHBOARD_IDENTITY_SECRET` (from the
 * environment only), or RS256 against `jwksUrl`. `audience` and `issuer`, when set, must match the token's claims.
 */
export const identitySchema = z
  .strictObject({
    /** The `aud` every identity token must carry (e.g. 'switchboard'). */
    audience: z.string().min(1).optional(),
    /** The `iss` every identity token must carry (e.g. 'https://shop.example.com'). */
    issuer: z.string().min(1).optional(),
    /** The company's JSON Web Key Set, for RS256 tokens. */
    jwksUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  })
  .prefault({});
