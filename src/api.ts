// The JSON API, /api/v1, assembled in one place from the modules' routes, and its OpenAPI 3.1
// document generated from the same route specs (src/platform/openapi). src/app.tsx mounts it once.
import { Hono } from 'hono';
import * as z from 'zod';
import { authApi } from './modules/auth/api';
import { PUBLIC_API } from './api-public';
import { staffApi } from './modules/staff/api';
import { trainingApi } from './modules/training/api';
import type { AppEnv } from './platform/http/context';
import { publicUrl } from './platform/http/public-url';
import { openApiDocument, type OpenApiDocument } from './platform/openapi/document';
import { ApiRoutes, type RouteSpec } from './platform/openapi/route';

const TAGS = [
  { name: 'catalogue', description: 'The service catalogue and the city’s areas' },
  { name: 'complaints', description: 'Submitting and following complaints (no sign-in)' },
  { name: 'permits', description: 'Permit types and applications with their documents, and the applicant’s revision (no sign-in)' },
  { name: 'staff', description: 'Case handling by signed-in staff' },
  { name: 'auth', description: 'Staff sign-in, sessions and personal API tokens' },
  { name: 'training', description: 'ASN training: catalogue, enrolment, lessons, quizzes, sessions, my record' },
  { name: 'verification', description: 'Checking a printed permit or training certificate (no sign-in)' },
  { name: 'api', description: 'This document' },
] as const;

const documents = new Map<string, { doc: OpenApiDocument; json: string }>();

function built(origin: string) {
  let it = documents.get(origin);
  if (!it) {
    const doc = openApiDocument(apiOperations(), { serverUrl: origin, tags: TAGS });
    it = { doc, json: JSON.stringify(doc) };
    documents.set(origin, it);
  }
  return it;
}

/** The OpenAPI document for a public origin (built once per origin: the specs do not change). */
export function apiDocument(origin: string): OpenApiDocument {
  return built(origin).doc;
}

const documentApi = new ApiRoutes().route(
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tags: ['api'],
    summary: 'This OpenAPI 3.1 document, generated from the validators of the routes it describes',
    access: { kind: 'public' },
    responses: {
      200: { description: 'The document.', schema: z.looseObject({ openapi: z.literal('3.1.0') }).meta({ description: 'An OpenAPI 3.1 document.' }) },
    },
  },
  // written out once per origin too: serialising the 165 KB document took 2 ms of every request (issue 14.6)
  (c) => c.body(built(publicUrl(c.var.deps.config)).json, 200, { 'Content-Type': 'application/json' }),
);

const MODULES: readonly ApiRoutes[] = [...PUBLIC_API, staffApi, authApi, trainingApi, documentApi];

/** Every operation of /api/v1, in the order of the document. */
export function apiOperations(): RouteSpec[] {
  return MODULES.flatMap((m) => m.operations);
}

export const apiRoutes = new Hono<AppEnv>();
for (const m of MODULES) apiRoutes.route('/', m.router);
