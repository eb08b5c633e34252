// Everything the citizen side of complaints serves as pages, mounted with one line in src/app.tsx:
// /pengaduan (new complaint) and /lacak (tracking). Their JSON API is assembled in src/api.ts.
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { trackingRoutes } from '../tracking/routes';
import { complaintRoutes } from './routes';

export const citizenComplaintRoutes = new Hono<AppEnv>()
  .route('/pengaduan', complaintRoutes)
  .route('/lacak', trackingRoutes);
