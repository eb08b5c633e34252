// The catalogue's JSON API: what a client needs to fill in a complaint or read about a permit.
//   GET /api/v1/services   active services (complaint categories, permit types)
//   GET /api/v1/areas      kelurahan and their kecamatan: the codes a complaint's `kelurahan` takes
import * as z from 'zod';
import { FEE_KINDS } from '../../domain/catalogue/fee';
import { ApiRoutes } from '../../platform/openapi/route';
import { shared } from '../../platform/openapi/document';
import { Bilingual } from '../../platform/openapi/schemas';
import { keepPage } from '../../platform/http/page-cache';
import { activeServices } from './data';
import { referenceData } from './reference';

const Service = shared(
  'Service',
  z.object({
    code: z.string().meta({ description: 'What a complaint sends as service_code.' }),
    kind: z.enum(['complaint', 'permit']),
    name: Bilingual,
    description: Bilingual,
    unit: z.object({ code: z.string(), name: z.string(), name_en: z.string() }).meta({ description: 'The responsible unit (OPD).' }),
    sla_days: z.int().meta({ description: 'Working days to resolve.' }),
    first_response_days: z.int().meta({ description: 'Working days to the first response.' }),
    fee: z.int().meta({ description: 'Fee in rupiah (0 = free, or not yet known when fee_kind is assessed).' }),
    fee_kind: z.enum(FEE_KINDS).meta({ description: 'fixed: the fee above; assessed: set per application after the technical review, paid before issue.' }),
    fee_basis: z.string().nullable().meta({ description: 'The law that sets or waives the fee, e.g. the Perda on regional taxes and levies.' }),
    fee_other: Bilingual.nullable().meta({ description: 'Charges paid elsewhere (a tax, a laboratory), and when.' }),
    requirements: z.array(Bilingual),
  }),
  'A complaint category or a permit type of the catalogue.',
);

const Area = shared(
  'Area',
  z.object({
    code: z.string().meta({ description: 'What a complaint sends as kelurahan, e.g. laweyan-pajang.' }),
    name: z.string(),
    kecamatan: z.object({ code: z.string(), name: z.string() }),
  }),
  'A kelurahan (administrative village) and the kecamatan it belongs to.',
);

export const catalogueApi = new ApiRoutes()
  .route(
    {
      method: 'get',
      path: '/services',
      operationId: 'listServices',
      tags: ['catalogue'],
      summary: 'Active services: complaint categories and permit types',
      access: { kind: 'public' },
      request: { query: z.object({ kind: z.enum(['complaint', 'permit']).optional().meta({ description: 'Only this kind.' }) }) },
      responses: { 200: { description: 'Services in the catalogue’s order, complaints first.', schema: z.object({ services: z.array(Service) }) } },
    },
    async (c, { query }, reply) => {
      const ref = await referenceData(c.var.deps.db);
      // the same for every caller while the catalogue holds (page-cache.ts; a ?kind= is never kept)
      keepPage(c, ref.version);
      const list = activeServices(ref, query.kind);
      return reply(200, {
        services: list.map((s) => ({
          code: s.code,
          kind: s.kind,
          name: s.name,
          description: s.description,
          unit: { code: s.unit.code, name: s.unit.name, name_en: s.unit.nameEn },
          sla_days: s.slaDays,
          first_response_days: s.firstResponseDays,
          fee: s.fee,
          fee_kind: s.feeTerms.kind,
          fee_basis: s.feeTerms.basis,
          fee_other: s.feeTerms.other,
          requirements: s.requirements,
        })),
      });
    },
  )
  .route(
    {
      method: 'get',
      path: '/areas',
      operationId: 'listAreas',
      tags: ['catalogue'],
      summary: 'Kelurahan and their kecamatan (the codes a complaint’s location takes)',
      access: { kind: 'public' },
      responses: { 200: { description: 'Every kelurahan of the city, by kecamatan then name.', schema: z.object({ areas: z.array(Area) }) } },
    },
    async (c, _input, reply) => {
      const ref = await referenceData(c.var.deps.db);
      keepPage(c, ref.version);
      return reply(200, { areas: ref.areas.slice() });
    },
  );
