// The whole training area, mounted once at '/' in src/app.tsx. Each area of /pelatihan has its
// own routes file; the JSON API and certificate verification sit beside them.
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { verificationRoutes } from '../verification/routes';
import { assessmentRoutes } from './assessment-routes';
import { authoringRoutes } from './authoring-routes';
import { catalogueRoutes } from './catalogue-routes';
import { evidenceRoutes } from './evidence-routes';
import { learningRoutes } from './learning-routes';
import { recordRoutes } from './record-routes';
import { sessionRoutes } from './session-routes';

export const trainingArea = new Hono<AppEnv>()
  .route('/pelatihan/kelola', authoringRoutes)
  .route('/pelatihan', catalogueRoutes) // the catalogue, a course's page, enrolment
  .route('/pelatihan', learningRoutes) // lessons and quizzes
  .route('/pelatihan', sessionRoutes) // classroom sessions and attendance
  .route('/pelatihan', evidenceRoutes) // other learning and its approval
  .route('/pelatihan', assessmentRoutes) // the yearly needs assessment
  .route('/pelatihan', recordRoutes) // JP records, transcripts, certificates
  .route('/verifikasi', verificationRoutes);
