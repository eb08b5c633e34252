// Everything the citizen side of complaints serves, mounted with one line in src/app.tsx:
// /pengaduan (new complaint), /lacak (tracking), and the public JSON API under /api/v1.
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { publicApi } from './api';
import { trackingRoutes } from '../tracking/routes';
import { complaintRoutes } from './routes';

export const citizenComplaintRoutes = new Hono<AppEnv>()
  .route('/pengaduan', complaintRoutes)
  .route('/lacak', trackingRoutes)
  .route('/api/v1', publicApi);
