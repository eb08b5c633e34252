// The OpenAPI 3.1 document of Pelita's JSON API (GET /api/v1/openapi.json): the public citizen
// endpoints (catalogue, complaints, tracking) and the staff case endpoints.
import { authOpenApiPaths } from '../modules/auth/openapi';
import { TRAINING_OPENAPI_PATHS } from '../modules/training/api';

const errorRef = { $ref: '#/components/schemas/Error' };
const jsonError = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });
const unsupported = jsonError('The body is not declared JSON: send Content-Type application/json (or application/*+json)');
const tooMany = (what: string) => ({
  ...jsonError(`Too many ${what}; details.retry_after says when to try again`),
  headers: { 'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer' } } },
});
const trackingLimit = tooMany('tracking requests from one client address per hour (LIMIT_TRACKING_PER_HOUR, default 60)');
const trackingCodeParam = {
  name: 'tracking_code',
  in: 'path',
  required: true,
  description: 'Tracking code, e.g. ADU-7K3M-9QX2-H4PB (case-insensitive; dashes optional).',
  schema: { type: 'string' },
};
const accessKeyHeader = (required: boolean) => ({
  name: 'X-Access-Key',
  in: 'header',
  required,
  description:
    'The private access key given at submission. A wrong key is answered exactly like an unknown tracking code (404).',
  schema: { type: 'string' },
});
const caseIdParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const bilingual = { $ref: '#/components/schemas/Bilingual' };
const privateTracking = {
  description: 'The private view of the complaint after the change.',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Tracking' } } },
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pelita API',
      version: '1.0.0',
      summary: 'Public services of the City of Surakarta: complaints (pengaduan), tracking, and case handling.',
      description:
        'Errors always have the shape {error: {code, message (Indonesian), message_en, fields?}}; `fields` maps a field path to {message, message_en}. Instants are ISO 8601 in UTC; SLA due instants count working days in Asia/Jakarta. Request bodies are JSON (Content-Type application/json, else 415). Text lengths count Unicode characters (code points), as minLength/maxLength do; control characters other than tab and line feed are refused (422), and CR LF is stored as LF.',
    },
    servers: [{ url: `${serverUrl.replace(/\/+$/, '')}/api/v1` }],
    tags: [
      { name: 'catalogue', description: 'Service catalogue' },
      { name: 'complaints', description: 'Submitting and following complaints (no sign-in)' },
      { name: 'staff', description: 'Case handling by signed-in staff (Bearer token or session with X-CSRF-Token)' },
      { name: 'auth', description: 'Staff sign-in, sessions and personal API tokens' },
      { name: 'training', description: 'ASN training: catalogue, enrolment, lessons, quizzes, sessions, my record' },
    ],
    paths: {
      '/services': {
        get: {
          tags: ['catalogue'],
          operationId: 'listServices',
          summary: 'Active services (complaint categories and permit types)',
          parameters: [{ name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: ['complaint', 'permit'] } }],
          responses: {
            '200': {
              description: 'Services in the admin order',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['services'], properties: { services: { type: 'array', items: { $ref: '#/components/schemas/Service' } } } },
                },
              },
            },
            '422': jsonError('Unknown kind'),
          },
        },
      },
      '/complaints': {
        post: {
          tags: ['complaints'],
          operationId: 'createComplaint',
          summary: 'Submit a complaint',
          description:
            'Routed automatically to the unit responsible for the category. Without contact details and with privacy "anonim" the report is fully anonymous and can be followed only with the tracking code and access key. Attach files afterwards with POST /track/{tracking_code}/attachments.',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'Retries with the same key and the same body return the same 201 response; the same key with a different body is 409.',
              schema: { type: 'string', minLength: 8, maxLength: 200 },
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ComplaintInput' } } } },
          responses: {
            '201': {
              description: 'Created (or the replay of an earlier identical request: header Idempotent-Replayed: true)',
              headers: { Location: { schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ComplaintCreated' } } },
            },
            '400': jsonError('Malformed JSON or Idempotency-Key'),
            '409': jsonError('Idempotency-Key reused with a different body'),
            '415': unsupported,
            '429': tooMany('complaints from one client address per hour (LIMIT_COMPLAINTS_PER_HOUR, default 10)'),
            '422': jsonError('Validation failed; `fields` names each problem (service_code, title, description, address, kelurahan, latitude, longitude, incident_date, privacy, contact.email, contact.phone, …)'),
          },
        },
      },
      '/track/{tracking_code}': {
        get: {
          tags: ['complaints'],
          operationId: 'trackComplaint',
          summary: 'Status and history of a complaint',
          description:
            'Without X-Access-Key: the public view (no personal data; a confidential "rahasia" complaint shows only its status). With the key: the private view including replies, contact details and allowed actions.',
          parameters: [trackingCodeParam, accessKeyHeader(false)],
          responses: {
            '200': { description: 'The complaint', content: { 'application/json': { schema: { $ref: '#/components/schemas/Tracking' } } } },
            '404': jsonError('Unknown tracking code, or wrong access key'),
          },
        },
      },
      '/track/{tracking_code}/attachments': {
        post: {
          tags: ['complaints'],
          operationId: 'addAttachments',
          summary: 'Add files while the complaint is open',
          parameters: [trackingCodeParam, accessKeyHeader(true)],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['files'],
                  properties: {
                    files: { type: 'array', maxItems: 5, items: { type: 'string', format: 'binary' }, description: 'JPEG, PNG, WebP or PDF, at most 5 MB each; the type is checked from the content.' },
                    message: { type: 'string', maxLength: 4000 },
                  },
                },
              },
            },
          },
          responses: { '201': privateTracking, '404': jsonError('Unknown code or wrong key'), '409': jsonError('The case changed meanwhile'), '422': jsonError('Bad files or the complaint is no longer open'), '429': trackingLimit },
        },
      },
      '/track/{tracking_code}/attachments/{attachment_id}': {
        get: {
          tags: ['complaints'],
          operationId: 'downloadAttachment',
          summary: 'Download one attachment (the url given in the tracking view)',
          description:
            'Without X-Access-Key: public files of a complaint that is not confidential. With the key: the citizen\'s own files too. The key is never accepted in the URL.',
          parameters: [
            trackingCodeParam,
            { name: 'attachment_id', in: 'path', required: true, schema: { type: 'string' } },
            accessKeyHeader(false),
          ],
          responses: {
            '200': { description: 'The file, as an attachment', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
            '404': jsonError('Unknown code, wrong key, or a file this caller may not see'),
          },
        },
      },
      '/track/{tracking_code}/information': {
        post: {
          tags: ['complaints'],
          operationId: 'provideInformation',
          summary: 'Answer a request for information (status info_requested); the SLA clock runs again',
          parameters: [trackingCodeParam, accessKeyHeader(true)],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['message'], additionalProperties: false, properties: { message: { type: 'string', minLength: 1, maxLength: 4000 } } } } },
          },
          responses: { '200': privateTracking, '400': jsonError('Malformed JSON'), '404': jsonError('Unknown code or wrong key'), '409': jsonError('The case changed meanwhile'), '415': unsupported, '422': jsonError('Missing message, a control character in it, or no information was requested'), '429': trackingLimit },
        },
      },
      '/track/{tracking_code}/reopen': {
        post: {
          tags: ['complaints'],
          operationId: 'reopenComplaint',
          summary: 'Reopen a resolved complaint within 10 working days of its resolution',
          parameters: [trackingCodeParam, accessKeyHeader(true)],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 4000 } } } } },
          },
          responses: { '200': privateTracking, '400': jsonError('Malformed JSON'), '404': jsonError('Unknown code or wrong key'), '409': jsonError('The case changed meanwhile'), '415': unsupported, '422': jsonError('Not resolved, or the 10-working-day window has passed (code reopen_window_passed)'), '429': trackingLimit },
        },
      },
      '/track/{tracking_code}/rating': {
        post: {
          tags: ['complaints'],
          operationId: 'rateComplaint',
          summary: 'Rate the service (SKM, PermenPANRB 14/2017), once, after resolution',
          parameters: [trackingCodeParam, accessKeyHeader(true)],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['elements'],
                  additionalProperties: false,
                  properties: {
                    elements: {
                      type: 'array',
                      minItems: 9,
                      maxItems: 9,
                      items: { type: 'integer', minimum: 1, maximum: 4 },
                      description:
                        'In the order of the regulation: 1 requirements, 2 system/mechanism/procedure, 3 completion time, 4 cost, 5 product specification, 6 staff competence, 7 staff conduct, 8 complaint handling, 9 facilities.',
                    },
                    comment: { type: ['string', 'null'], maxLength: 2000 },
                  },
                },
              },
            },
          },
          responses: {
            '201': privateTracking,
            '400': jsonError('Malformed JSON'),
            '404': jsonError('Unknown code or wrong key'),
            '409': jsonError('Already rated (code already_rated)'),
            '415': unsupported,
            '422': jsonError('Out of range (field elements.N) or not resolved yet'),
            '429': trackingLimit,
          },
        },
      },
      '/cases': {
        get: {
          tags: ['staff'],
          operationId: 'listCases',
          summary: "The caller's unit queue: overdue first, then by due time",
          security: [{ bearer: [] }, { session: [] }],
          parameters: [
            {
              name: 'status',
              in: 'query',
              description: '"open" (default), "all", or one status',
              schema: { type: 'string', enum: ['open', 'all', 'submitted', 'verified', 'in_progress', 'info_requested', 'resolved', 'closed', 'declined', 'reopened'] },
            },
            { name: 'service', in: 'query', description: 'category (service code)', schema: { type: 'string' } },
            { name: 'kelurahan', in: 'query', description: 'kelurahan code', schema: { type: 'string' } },
            { name: 'assignee', in: 'query', description: '"none", "mine", "any" or a staff id', schema: { type: 'string' } },
            { name: 'overdue', in: 'query', schema: { type: 'boolean' } },
            { name: 'unit', in: 'query', description: 'unit code (city-wide readers only; others their own unit)', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'Cases and counts',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      total: { type: 'integer' },
                      overdue: { type: 'integer' },
                      counts: { type: 'object', description: 'cases per status', additionalProperties: { type: 'integer' } },
                      cases: { type: 'array', items: { $ref: '#/components/schemas/CaseSummary' } },
                    },
                  },
                },
              },
            },
            '401': jsonError('Not signed in'),
            '403': jsonError('No staff role for case handling, or another unit'),
            '422': jsonError('Unknown filter value (fields name it)'),
          },
        },
      },
      '/cases/{id}': {
        get: {
          tags: ['staff'],
          operationId: 'getCase',
          summary: 'A case with its version and full history (including internal notes)',
          security: [{ bearer: [] }, { session: [] }],
          parameters: [caseIdParam],
          responses: {
            '200': { description: 'The case', content: { 'application/json': { schema: { $ref: '#/components/schemas/CaseDetail' } } } },
            '401': jsonError('Not signed in'),
            '403': jsonError('Outside the caller’s unit'),
            '404': jsonError('Unknown case'),
          },
        },
      },
      '/cases/{id}/actions': {
        post: {
          tags: ['staff'],
          operationId: 'actOnCase',
          summary: 'Take an action the state allows (version-checked)',
          security: [{ bearer: [] }, { session: [] }],
          parameters: [caseIdParam],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['action', 'version'],
                  properties: {
                    action: { type: 'string', enum: ['verify', 'decline', 'claim', 'assign', 'forward', 'reply', 'note', 'request_info', 'resolve', 'close'] },
                    version: { type: 'integer', description: 'The version the caller saw; a stale version is 409 showing what changed.' },
                    message: { type: 'string', description: 'Required for decline, forward, reply, note, request_info and resolve.' },
                    to_unit: { type: 'string', description: 'Unit code; required for forward.' },
                    assignee: { type: ['string', 'integer'], description: 'Staff id; required for assign (supervisors).' },
                    privacy: { type: 'string', enum: ['publik', 'anonim', 'rahasia'], description: 'Optional with verify: tighten (never loosen) the privacy.' },
                  },
                },
              },
            },
          },
          responses: {
            '200': { description: 'The case after the action', content: { 'application/json': { schema: { $ref: '#/components/schemas/CaseDetail' } } } },
            '400': jsonError('Malformed JSON or unknown action'),
            '401': jsonError('Not signed in'),
            '403': jsonError('Outside the caller’s unit or role'),
            '404': jsonError('Unknown case'),
            '409': jsonError('Stale version (details show the current version and what changed)'),
            '415': unsupported,
            '422': jsonError('The state does not allow the action, a required field is missing, or an unknown destination unit'),
          },
        },
      },
      ...authOpenApiPaths,
      ...TRAINING_OPENAPI_PATHS,
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Staff API token' },
        session: { type: 'apiKey', in: 'cookie', name: '__Host-pelita_session', description: 'Staff session; send X-CSRF-Token too' },
      },
      schemas: {
        Bilingual: { type: 'object', required: ['id', 'en'], properties: { id: { type: 'string' }, en: { type: 'string' } } },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'message_en'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                message_en: { type: 'string' },
                fields: { type: 'object', additionalProperties: { type: 'object', properties: { message: { type: 'string' }, message_en: { type: 'string' } } } },
                details: { type: 'object' },
              },
            },
          },
        },
        Service: {
          type: 'object',
          properties: {
            code: { type: 'string' },
            kind: { type: 'string', enum: ['complaint', 'permit'] },
            name: bilingual,
            description: bilingual,
            unit: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, name_en: { type: 'string' } } },
            sla_days: { type: 'integer' },
            first_response_days: { type: 'integer' },
            fee: { type: 'integer' },
            requirements: { type: 'array', items: bilingual },
          },
        },
        ComplaintInput: {
          type: 'object',
          required: ['service_code', 'title', 'description', 'address', 'kelurahan'],
          additionalProperties: false,
          properties: {
            service_code: { type: 'string', description: 'An active complaint category from GET /services?kind=complaint' },
            title: { type: 'string', minLength: 5, maxLength: 150 },
            description: { type: 'string', minLength: 20, maxLength: 4000 },
            address: { type: 'string', minLength: 5, maxLength: 300 },
            kelurahan: { type: 'string', description: 'Kelurahan code from the city list, e.g. laweyan-pajang' },
            latitude: { type: ['number', 'null'], minimum: -7.6, maximum: -7.52, description: 'Both latitude and longitude, or neither' },
            longitude: { type: ['number', 'null'], minimum: 110.76, maximum: 110.88 },
            incident_date: { type: ['string', 'null'], format: 'date', description: 'Not in the future, at most one year ago' },
            privacy: { type: 'string', enum: ['publik', 'anonim', 'rahasia'], default: 'anonim' },
            contact: {
              type: ['object', 'null'],
              additionalProperties: false,
              description: 'E-mail or phone required, unless privacy is anonim and no contact is given at all (fully anonymous).',
              properties: {
                name: { type: ['string', 'null'], maxLength: 100 },
                email: { type: ['string', 'null'], format: 'email', maxLength: 254 },
                phone: { type: ['string', 'null'], maxLength: 30, description: 'Indonesian number, e.g. 0812 3456 7890 or +62 271 123456' },
              },
            },
          },
        },
        ComplaintCreated: {
          type: 'object',
          required: ['tracking_code', 'access_key', 'status', 'first_response_due_at', 'resolution_due_at'],
          properties: {
            tracking_code: { type: 'string' },
            access_key: { type: 'string', description: 'At least 128 bits; shown only in this response. Keep it.' },
            status: { type: 'string', enum: ['submitted'] },
            first_response_due_at: { type: 'string', format: 'date-time' },
            resolution_due_at: { type: 'string', format: 'date-time' },
            tracking_url: { type: 'string', format: 'uri' },
          },
        },
        TrackingEvent: {
          type: 'object',
          properties: {
            at: { type: 'string', format: 'date-time' },
            type: { type: 'string' },
            actor: { type: 'string', enum: ['citizen', 'staff', 'system'] },
            from_status: { type: ['string', 'null'] },
            to_status: { type: ['string', 'null'] },
            message: { type: ['string', 'null'] },
            attachments: { type: 'array', items: { type: 'string' } },
          },
        },
        Tracking: {
          type: 'object',
          required: ['tracking_code', 'status', 'status_label', 'view'],
          properties: {
            tracking_code: { type: 'string' },
            status: { type: 'string' },
            status_label: bilingual,
            view: { type: 'string', enum: ['public', 'private'] },
            confidential: { type: 'boolean', description: 'A public view of a confidential complaint has nothing else.' },
            category: { type: 'object', properties: { code: { type: 'string' }, name: bilingual } },
            unit: { type: 'object', properties: { name: { type: 'string' }, name_en: { type: 'string' } } },
            title: { type: 'string' },
            description: { type: 'string' },
            address: { type: ['string', 'null'] },
            kelurahan: { type: ['string', 'null'] },
            incident_date: { type: ['string', 'null'] },
            submitted_at: { type: 'string', format: 'date-time' },
            first_response_due_at: { type: 'string', format: 'date-time' },
            resolution_due_at: { type: 'string', format: 'date-time' },
            sla_paused: { type: 'boolean' },
            events: { type: 'array', items: { $ref: '#/components/schemas/TrackingEvent' } },
            attachments: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' }, filename: { type: 'string' }, content_type: { type: 'string' }, size: { type: 'integer' }, uploaded_by: { type: 'string' }, url: { type: 'string', format: 'uri', description: 'GET it with the same X-Access-Key header' } } },
            },
            privacy: { type: 'string', description: 'private view only' },
            contact: { type: 'object', description: 'private view only' },
            reopen_count: { type: 'integer' },
            reopen_until: { type: ['string', 'null'], format: 'date-time' },
            rating: { type: ['object', 'null'] },
            allowed_actions: {
              type: 'object',
              properties: { information: { type: 'boolean' }, attachments: { type: 'boolean' }, rating: { type: 'boolean' }, reopen: { type: 'boolean' } },
            },
          },
        },
        CaseSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            tracking_code: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'string' },
            privacy: { type: 'string' },
            unit: { type: 'string', description: 'unit code' },
            service: { type: 'string', description: 'category code' },
            kelurahan: { type: ['string', 'null'] },
            assignee: { type: ['object', 'null'], properties: { id: { type: 'integer' }, name: { type: 'string' } } },
            submitted_at: { type: 'string', format: 'date-time' },
            first_response_due_at: { type: 'string', format: 'date-time' },
            first_responded_at: { type: ['string', 'null'], format: 'date-time' },
            resolution_due_at: { type: 'string', format: 'date-time' },
            paused_since: { type: ['string', 'null'], format: 'date-time' },
            next_due_at: { type: 'string', format: 'date-time' },
            overdue: { type: 'boolean' },
            remaining_working_ms: { type: 'integer', description: 'negative when overdue' },
          },
        },
        Sla: {
          type: 'object',
          properties: {
            due_at: { type: 'string', format: 'date-time' },
            done_at: { type: ['string', 'null'], format: 'date-time' },
            status: { type: 'string', enum: ['met', 'breached', 'running', 'overdue'] },
            remaining_working_ms: { type: 'integer' },
          },
        },
        CaseDetail: {
          type: 'object',
          required: ['id', 'version', 'status', 'events'],
          properties: {
            id: { type: 'string' },
            tracking_code: { type: 'string' },
            kind: { type: 'string' },
            status: { type: 'string' },
            status_label: bilingual,
            version: { type: 'integer', description: 'send it back with the next action' },
            service: { type: 'object', properties: { code: { type: 'string' }, name: bilingual } },
            unit: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
            title: { type: 'string' },
            description: { type: 'string' },
            address: { type: ['string', 'null'] },
            kelurahan: { type: ['object', 'null'], properties: { code: { type: 'string' }, name: { type: ['string', 'null'] } } },
            latitude: { type: ['number', 'null'] },
            longitude: { type: ['number', 'null'] },
            incident_date: { type: ['string', 'null'] },
            privacy: { type: 'string' },
            contact: { type: ['object', 'null'], description: 'null when hidden by privacy rules (contact_hidden true)' },
            contact_hidden: { type: 'boolean' },
            assignee: { type: ['object', 'null'] },
            resolved_by: { type: ['object', 'null'] },
            submitted_at: { type: 'string', format: 'date-time' },
            first_response_due_at: { type: 'string', format: 'date-time' },
            first_responded_at: { type: ['string', 'null'], format: 'date-time' },
            resolution_due_at: { type: 'string', format: 'date-time' },
            resolved_at: { type: ['string', 'null'], format: 'date-time' },
            closed_at: { type: ['string', 'null'], format: 'date-time' },
            paused_since: { type: ['string', 'null'], format: 'date-time' },
            escalated_at: { type: ['string', 'null'], format: 'date-time' },
            reopen_count: { type: 'integer' },
            sla: { type: 'object', properties: { first_response: { $ref: '#/components/schemas/Sla' }, resolution: { $ref: '#/components/schemas/Sla' } } },
            allowed_actions: { type: 'array', items: { type: 'string' } },
            attachments: { type: 'array', items: { type: 'object' } },
            events: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'integer' },
                  at: { type: 'string', format: 'date-time' },
                  type: { type: 'string' },
                  actor_kind: { type: 'string', enum: ['citizen', 'staff', 'system'] },
                  actor_name: { type: ['string', 'null'] },
                  from_status: { type: ['string', 'null'] },
                  to_status: { type: ['string', 'null'] },
                  visibility: { type: 'string', enum: ['public', 'citizen', 'internal'] },
                  message: { type: ['string', 'null'] },
                  data: {},
                },
              },
            },
          },
        },
      },
    },
  };
}
