// One router for the whole training area, mounted once at '/' in src/app.tsx.
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { verificationRoutes } from '../verification/routes';
import { authoringRoutes } from './authoring-routes';
import { trainingRoutes } from './routes';

export const trainingArea = new Hono<AppEnv>()
  .route('/pelatihan/kelola', authoringRoutes)
  .route('/pelatihan', trainingRoutes)
  .route('/verifikasi', verificationRoutes);
