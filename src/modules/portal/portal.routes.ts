import compress from '@fastify/compress'
import formbody from '@fastify/formbody'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { constants as zlib } from 'node:zlib'
import type { Database } from '../../platform/db/database.ts'
import { AppError } from '../../platform/errors.ts'
import { toAppError } from '../../platform/http/errors.ts'
import { shiftIsoDate, vietnamDateOf } from '../calendar/index.ts'
import {
  listPublishedAnswers,
  normalizeTrackingCode,
  publicCaseOf,
  rateAnswer,
  submitPublicCase,
  type Mailer,
  type PublicCaseView,
} from '../cases/index.ts'
import { kindLabels } from '../cases/index.ts'
import { ruleBookOf, versionAt } from '../rules/index.ts'
import {
  modelLevelLabels,
  modelLevels,
  publicModel,
  publicModelFilters,
  publicModelList,
} from '../models/index.ts'
import { FORM_COOKIE, FORM_TOKEN_HOURS, formGuard } from './forgery.ts'
import { readSendForm } from './form-input.ts'
import { page, stylesheet, type FieldError, type PageInput } from './layout.ts'
import {
  answersText,
  modelsText,
  errorText,
  homeText,
  resultText,
  scheduleText,
  sendErrors,
  sendText,
  site,
  trackText,
} from './messages.ts'
import { answersPage } from './pages/answers.ts'
import { galleryPage, modelPage } from './pages/models.ts'
import { messagePage } from './pages/errors.ts'
import { homePage } from './pages/home.ts'
import { schedulePage, type ScheduleEntry, type ScheduleSource } from './pages/schedule.ts'
import { sendPage } from './pages/send.ts'
import { casePage, resultPage, trackFormPage } from './pages/track.ts'
import {
  changePreferences,
  parsePreferences,
  PREFERENCES_COOKIE,
  safeReturnPath,
  serializePreferences,
} from './preferences.ts'
import {
  organizationsOfUnit,
  receivingOrganizations,
  unitInForce,
  unitsInForce,
  type PortalOrganization,
  type UnitOption,
} from './portal.repo.ts'
import { validateSendForm, type SendFields } from './send-form.ts'

export interface PortalOptions {
  /** The server key (DANVAN_SECRET_KEY_FILE): protected identities and the forms' anti-forgery tokens. */
  secretKey: Buffer
  /** Sends the tracking code to the citizen's e-mail, when SMTP is configured. */
  mailer?: Mailer | null
  /** Reception schedule of an organization (the reception module); absent → "no schedule yet" notice. */
  schedule?: ScheduleSource
  /** DANVAN_PUBLIC_URL, for the link in the e-mail. */
  publicUrl?: string
}

/**
 * Per-address limits on what costs or could be abused: sending and rating are rare acts; looking a code
 * up is limited against guessing. Plain pages are not limited, so many citizens behind one address (a
 * commune office, a mobile carrier's NAT) are never turned away from reading.
 */
export const LIMITS = {
  send: { max: 20, timeWindow: '10 minutes' },
  rate: { max: 10, timeWindow: '10 minutes' },
  track: { max: 120, timeWindow: '1 minute' },
}
const SCHEDULE_DAYS = 30
const UNITS_TTL_MS = 10 * 60 * 1000
const ANSWERS_PAGE = 20
const MODELS_PAGE = 20
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type Query = Record<string, string | undefined>

/**
 * The citizen portal: server-rendered pages under `/`, in Vietnamese, that work without JavaScript.
 * Registered in its own scope, so compression, urlencoded bodies and HTML error pages apply here only.
 */
export const portalRoutes =
  (db: Database, options: PortalOptions): FastifyPluginAsync =>
  async (app) => {
    await app.register(compress, {
      global: true,
      threshold: 1024,
      brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
    })
    await app.register(formbody, { bodyLimit: 64 * 1024 })
    const guard = formGuard(options.secretKey)
    const deps = { secretKey: options.secretKey }

    const preferencesOf = (request: FastifyRequest) => parsePreferences(request.cookies[PREFERENCES_COOKIE])

    function render(
      request: FastifyRequest,
      reply: FastifyReply,
      status: number,
      input: Omit<PageInput, 'preferences' | 'path'> & { path?: string },
    ): FastifyReply {
      return reply
        .status(status)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(page({ ...input, path: input.path ?? request.url, preferences: preferencesOf(request) }))
    }

    /** The token for this browser's forms, setting the nonce cookie the first time. */
    function formToken(request: FastifyRequest, reply: FastifyReply): string {
      let nonce = request.cookies[FORM_COOKIE]
      if (!nonce || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) {
        nonce = guard.newNonce()
        void reply.setCookie(FORM_COOKIE, nonce, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: FORM_TOKEN_HOURS * 3600,
        })
      }
      return guard.tokenFor(nonce)
    }
    const tokenValid = (request: FastifyRequest, token: string | undefined): boolean =>
      guard.verify(request.cookies[FORM_COOKIE], token)

    app.setErrorHandler((error, request, reply) => {
      const appError = toAppError(error)
      const code = (error as { code?: string }).code
      if (appError.code === 'RATE_LIMITED') {
        const seconds = Number(reply.getHeader('retry-after') ?? 60)
        return render(request, reply, 429, {
          title: errorText.rateLimitedTitle,
          body: messagePage(errorText.rateLimitedTitle, errorText.rateLimited(seconds), errorText.home),
        })
      }
      if (
        code === 'FST_REQ_FILE_TOO_LARGE' ||
        code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
        code === 'FST_PARTS_LIMIT'
      )
        return render(request, reply, 413, {
          title: errorText.tooLargeTitle,
          body: messagePage(errorText.tooLargeTitle, errorText.tooLarge, errorText.home),
        })
      if (appError.code === 'NOT_FOUND')
        return render(request, reply, 404, {
          title: errorText.notFoundTitle,
          body: messagePage(errorText.notFoundTitle, appError.message, errorText.home),
        })
      if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'portal error')
      else request.log.info({ code: appError.code }, appError.message)
      const title = appError.code === 'INTERNAL' ? errorText.errorTitle : sendErrors.rejected
      return render(request, reply, appError.status, {
        title,
        body: messagePage(
          title,
          appError.code === 'INTERNAL' ? errorText.error : appError.message,
          errorText.home,
        ),
      })
    })

    const hidden = { schema: { hide: true } }
    const pageLimit = { ...hidden, config: { public: true } }

    app.get(stylesheet.path, hidden, (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type('text/css; charset=utf-8')
        .send(stylesheet.css),
    )

    // Reading preferences: plain links that set the cookie and come back (no JavaScript needed).
    app.get('/hien-thi', pageLimit, (request, reply) => {
      const q = request.query as Query
      const next = changePreferences(preferencesOf(request), {
        textSize: q['co-chu'],
        contrast: q['tuong-phan'],
      })
      void reply.setCookie(PREFERENCES_COOKIE, serializePreferences(next), {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        secure: request.protocol === 'https',
        maxAge: 365 * 24 * 3600,
      })
      return reply.header('cache-control', 'no-store').redirect(safeReturnPath(q['quay-lai']), 303)
    })

    const today = (): string => vietnamDateOf(Date.now())

    // Provinces and communes change by law, not by the minute: kept for UNITS_TTL_MS per day and province.
    const unitLists = new Map<string, { at: number; units: Promise<UnitOption[]> }>()
    function unitList(level: 'province' | 'commune', day: string, province?: string): Promise<UnitOption[]> {
      const key = `${level}|${day}|${province ?? ''}`
      const hit = unitLists.get(key)
      if (hit && Date.now() - hit.at < UNITS_TTL_MS) return hit.units
      if (unitLists.size > 500) unitLists.clear()
      const units = unitsInForce(db.db, level, day, province)
      unitLists.set(key, { at: Date.now(), units })
      units.catch(() => unitLists.delete(key))
      return units
    }
    async function scheduleOf(organizationId: string): Promise<ScheduleEntry[] | null> {
      if (!options.schedule) return null
      const from = today()
      return options.schedule({ organizationId, from, to: shiftIsoDate(from, SCHEDULE_DAYS) })
    }

    app.get('/', pageLimit, async (request, reply) => {
      const q = request.query as Query
      const day = today()
      const errors: FieldError[] = []
      const provinces = await unitList('province', day)
      let province = null
      let commune = null
      const chosenProvince = q.tinh?.trim()
      if (q.xa) {
        const unit = await unitInForce(db.db, q.xa.trim(), day)
        // The citizen changed the province after choosing a commune of another: start over in the new one.
        const movedAway =
          unit?.level === 'commune' && !!chosenProvince && unit.provinceCode !== chosenProvince
        if (unit?.level === 'commune' && !movedAway) {
          commune = unit
          province = provinces.find((p) => p.code === unit.provinceCode) ?? null
        } else if (!movedAway) errors.push({ field: 'xa', message: homeText.badCommune })
      }
      if (!province && q.tinh) {
        province = provinces.find((p) => p.code === chosenProvince) ?? null
        if (!province) errors.push({ field: 'tinh', message: homeText.badProvince })
      }
      const communes = province ? await unitList('commune', day, province.code) : []
      let organizations: PortalOrganization[] = []
      let fallback = false
      if (commune) organizations = await organizationsOfUnit(db.db, commune.code)
      if (province && !organizations.length) {
        fallback = commune !== null
        organizations = await organizationsOfUnit(db.db, province.code)
      }
      const main = organizations[0]
      const schedule = main ? await scheduleOf(main.id) : null
      return render(request, reply, errors.length ? 422 : 200, {
        title: homeText.title,
        current: 'home',
        body: homePage({ provinces, province, communes, commune, organizations, fallback, schedule, errors }),
      })
    })

    async function complaintLimit(): Promise<{ days: number; source: string } | null> {
      const version = versionAt(await ruleBookOf(db), 'complaint.time_limit', today())
      const value = version?.value as { amount?: number } | undefined
      return version && typeof value?.amount === 'number'
        ? { days: value.amount, source: version.source }
        : null
    }

    async function showSend(
      request: FastifyRequest,
      reply: FastifyReply,
      status: number,
      values: SendFields,
      errors: FieldError[],
      organizations?: PortalOrganization[],
    ) {
      return render(request, reply, status, {
        title: errors.length ? `Lỗi: ${sendText.title}` : sendText.title,
        path: '/gui-phan-anh',
        current: 'send',
        body: sendPage({
          organizations: organizations ?? (await receivingOrganizations(db.db)),
          values,
          errors,
          token: formToken(request, reply),
          complaintLimit: await complaintLimit(),
        }),
      })
    }

    app.get('/gui-phan-anh', pageLimit, async (request, reply) => {
      const q = request.query as Query
      return showSend(request, reply, 200, { organization: q['co-quan'], kind: q['loai'] }, [])
    })

    app.post(
      '/gui-phan-anh',
      { ...hidden, config: { public: true, rateLimit: LIMITS.send } },
      async (request, reply) => {
        const form = await readSendForm(request)
        const values = form.fields as SendFields & { website?: string; token?: string }
        // A filled honeypot is a robot: refuse without saying which field gave it away.
        if (values.website?.trim())
          return render(request, reply, 400, {
            title: sendErrors.rejected,
            body: messagePage(sendErrors.rejected, sendErrors.rejected, errorText.home),
          })
        const organizations = await receivingOrganizations(db.db)
        if (!tokenValid(request, values.token))
          return showSend(
            request,
            reply,
            403,
            values,
            [{ field: 'token', message: sendErrors.formExpired }],
            organizations,
          )
        const known = new Set(organizations.map((o) => o.id))
        const checked = validateSendForm(values, (id) => known.has(id))
        const errors = [...(checked.ok ? [] : checked.errors), ...form.problems]
        if (!checked.ok || errors.length) return showSend(request, reply, 422, values, errors, organizations)
        const input = checked.value
        const row = await submitPublicCase(
          db,
          deps,
          {
            kind: input.kind,
            organizationId: input.organizationId,
            citizen: input.citizen,
            anonymous: input.anonymous,
            protectIdentity: input.protectIdentity,
            summary: input.summary,
            content: input.content,
            publishConsent: input.publishConsent,
            via: site.tagline,
            files: form.files,
          },
          request.id,
        )
        const organizationName = organizations.find((o) => o.id === input.organizationId)?.name ?? ''
        const kindLabel = kindLabels[row.kind] ?? row.kind
        const email = input.citizen?.email ?? null
        if (email && options.mailer) {
          const base = options.publicUrl ?? `${request.protocol}://${request.host}`
          const link = `${base.replace(/\/$/, '')}/tra-cuu/${row.trackingCode}`
          options.mailer
            .send(
              email,
              resultText.mailSubject(row.trackingCode),
              resultText.mailBody(row.trackingCode, kindLabel, organizationName, link),
            )
            .catch((error: unknown) => request.log.warn({ err: error }, 'tracking code e-mail not sent'))
        }
        return render(request, reply, 200, {
          title: resultText.title,
          path: '/gui-phan-anh',
          current: 'send',
          body: resultPage({
            code: row.trackingCode,
            kindLabel,
            organizationName,
            email: email && options.mailer ? email : null,
          }),
        })
      },
    )

    const trackConfig = { ...hidden, config: { public: true, rateLimit: LIMITS.track } }

    app.get('/tra-cuu', pageLimit, (request, reply) => {
      const typed = ((request.query as Query).ma ?? '').trim()
      if (typed) {
        const code = normalizeTrackingCode(typed)
        if (code) return reply.redirect(`/tra-cuu/${code}`, 303)
      }
      return render(request, reply, typed ? 422 : 200, {
        title: trackText.title,
        current: 'track',
        body: trackFormPage({ value: typed, error: typed ? trackText.badCode : null }),
      })
    })

    async function caseOr404(
      request: FastifyRequest,
      reply: FastifyReply,
      typed: string,
    ): Promise<PublicCaseView | null> {
      try {
        return await publicCaseOf(db, typed)
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error
        render(request, reply, 404, {
          title: trackText.title,
          current: 'track',
          body: trackFormPage({ value: typed, error: trackText.notFound }),
        })
        return null
      }
    }

    function showCase(
      request: FastifyRequest,
      reply: FastifyReply,
      status: number,
      view: PublicCaseView,
      errors: FieldError[],
      values: { rating?: string; comment?: string },
    ) {
      return render(request, reply, status, {
        title: trackText.caseTitle(view.trackingCode),
        path: `/tra-cuu/${view.trackingCode}`,
        current: 'track',
        body: casePage({
          view,
          errors,
          values,
          token: formToken(request, reply),
          justRated: (request.query as Query)['da-danh-gia'] === '1' && view.rated,
        }),
      })
    }

    app.get('/tra-cuu/:code', trackConfig, async (request, reply) => {
      const typed = (request.params as { code: string }).code
      const code = normalizeTrackingCode(typed)
      if (code && code !== typed) return reply.redirect(`/tra-cuu/${code}`, 301)
      const view = await caseOr404(request, reply, typed)
      return view ? showCase(request, reply, 200, view, [], {}) : reply
    })

    app.post(
      '/tra-cuu/:code/danh-gia',
      { ...hidden, config: { public: true, rateLimit: LIMITS.rate } },
      async (request, reply) => {
        const typed = (request.params as { code: string }).code
        const body = (request.body ?? {}) as Record<string, unknown>
        const values = {
          rating: typeof body.rating === 'string' ? body.rating : undefined,
          comment: typeof body.comment === 'string' ? body.comment : undefined,
        }
        const view = await caseOr404(request, reply, typed)
        if (!view) return reply
        if (!tokenValid(request, typeof body.token === 'string' ? body.token : undefined))
          return showCase(
            request,
            reply,
            403,
            view,
            [{ field: 'rating', message: sendErrors.formExpired }],
            values,
          )
        const errors: FieldError[] = []
        const rating = Number(values.rating)
        if (!Number.isInteger(rating) || rating < 1 || rating > 5)
          errors.push({ field: 'rating', message: trackText.ratingMissing })
        const comment = values.comment?.trim() ?? ''
        if (comment.length > 2000) errors.push({ field: 'comment', message: trackText.commentTooLong })
        if (errors.length) return showCase(request, reply, 422, view, errors, values)
        try {
          await rateAnswer(db, view.trackingCode, { rating, ...(comment ? { comment } : {}) }, request.id)
        } catch (error) {
          if (!(error instanceof AppError) || !['CONFLICT', 'INVALID_TRANSITION'].includes(error.code))
            throw error
          const fresh = await publicCaseOf(db, view.trackingCode)
          return showCase(request, reply, 409, fresh, [{ field: 'rating', message: error.message }], values)
        }
        return reply.redirect(`/tra-cuu/${view.trackingCode}?da-danh-gia=1`, 303)
      },
    )

    app.get('/tra-loi', pageLimit, async (request, reply) => {
      const query = request.query as Query
      const q = (query.q ?? '').trim()
      const tooLong = q.length > 200
      const list = tooLong
        ? { items: [], nextCursor: null }
        : await listPublishedAnswers(db, { q, cursor: query.sau, limit: ANSWERS_PAGE })
      return render(request, reply, tooLong ? 422 : 200, {
        title: answersText.title,
        current: 'answers',
        body: answersPage({
          q: tooLong ? q.slice(0, 200) : q,
          ...list,
          error: tooLong ? answersText.tooLong : null,
        }),
      })
    })

    // Thư viện mô hình "Dân vận khéo": recognised models only, searchable without diacritics.
    app.get('/mo-hinh', pageLimit, async (request, reply) => {
      const query = request.query as Query
      const filters = {
        q: (query.q ?? '').trim(),
        field: (query['linh-vuc'] ?? '').trim(),
        level: (query.cap ?? '').trim(),
        province: (query.tinh ?? '').trim(),
      }
      const { fields, provinces } = await publicModelFilters(db)
      const levels = modelLevels.map((code) => ({ code, label: modelLevelLabels[code] }))
      const known = (options: { code: string }[], value: string) =>
        !value || options.some((o) => o.code === value)
      const error =
        filters.q.length > 200
          ? modelsText.tooLong
          : !known(fields, filters.field) ||
              !known(levels, filters.level) ||
              !known(provinces, filters.province)
            ? modelsText.badFilter
            : null
      let cursor = query.sau
      if (cursor && !/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) cursor = undefined
      const list = error
        ? { items: [], nextCursor: null }
        : await publicModelList(db, {
            q: filters.q,
            field: filters.field || undefined,
            level: filters.level || undefined,
            province: filters.province || undefined,
            cursor,
            limit: MODELS_PAGE,
          })
      return render(request, reply, error ? 422 : 200, {
        title: modelsText.title,
        current: 'models',
        body: galleryPage({
          filters: { ...filters, q: filters.q.slice(0, 200) },
          fields,
          levels,
          provinces,
          ...list,
          error,
        }),
      })
    })

    app.get('/mo-hinh/:id', pageLimit, async (request, reply) => {
      const { id } = request.params as { id: string }
      if (!UUID.test(id)) throw new AppError('NOT_FOUND', errorText.notFound)
      const model = await publicModel(db, id)
      return render(request, reply, 200, { title: model.title, current: 'models', body: modelPage(model) })
    })

    app.get('/lich-tiep-dan', pageLimit, async (request, reply) => {
      const chosen = ((request.query as Query)['co-quan'] ?? '').trim()
      const organizations = await receivingOrganizations(db.db)
      const organization = chosen ? (organizations.find((o) => o.id === chosen) ?? null) : null
      const error = chosen && !organization ? scheduleText.badOrganization : null
      const entries = organization ? await scheduleOf(organization.id) : null
      return render(request, reply, error ? 422 : 200, {
        title: organization ? `${scheduleText.title}: ${organization.name}` : scheduleText.title,
        current: 'schedule',
        body: schedulePage({ organizations, organization, entries, error }),
      })
    })
  }
