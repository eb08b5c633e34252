// The part of /api/v1 anyone may call without signing in (catalogue, complaints, permits,
// tracking, verification): what the citizens' Worker (src/app-public.tsx) serves itself. The whole
// API and its document are assembled in src/api.ts, in this order first.
import { Hono } from 'hono';
import { catalogueApi } from './modules/catalogue/api';
import { complaintsApi } from './modules/complaints/api';
import { permitsApi } from './modules/permits/api';
import { trackingApi } from './modules/tracking/api';
import { verificationApi } from './modules/verification/api';
import type { AppEnv } from './platform/http/context';
import type { ApiRoutes } from './platform/openapi/route';

export const PUBLIC_API: readonly ApiRoutes[] = [catalogueApi, complaintsApi, permitsApi, trackingApi, verificationApi];

export const publicApiRoutes = new Hono<AppEnv>();
for (const m of PUBLIC_API) publicApiRoutes.route('/', m.router);
