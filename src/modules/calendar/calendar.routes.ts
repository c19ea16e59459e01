import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { listOf, uuidParam } from '../../contracts/common.ts'
import {
  createOverrideBody,
  deadlineQuery,
  deadlineView,
  holidayView,
  holidaysQuery,
  overrideView,
  overridesQuery,
  updateOverrideBody,
  workingDaysQuery,
  workingDaysView,
} from '../../contracts/calendar.ts'
import { listOverrides } from './calendar.repo.ts'
import { presentOverride } from './calendar.present.ts'
import { calendarFor } from './calendar-store.ts'
import { addOverride, removeOverride, setOverrideActive } from './commands/changeOverride.ts'
import { addPeriod } from './deadline.ts'
import { countWorkingDays } from './working-days.ts'

const tags = ['Lịch làm việc']

/** The pure calendar throws RangeError when a period runs past the years it covers. */
function outOfCalendar<T>(path: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof RangeError)
      throw validationFailed([{ path, message: 'Kết quả vượt ra ngoài phạm vi lịch (1990–2100).' }])
    throw error
  }
}

export const calendarRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/calendar/holidays',
      {
        schema: {
          tags,
          summary: 'Ngày lễ, nghỉ bù, ngày nghỉ và ngày làm bù của một năm (toàn quốc hoặc một tỉnh)',
          querystring: holidaysQuery,
          response: { 200: listOf(holidayView) },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'calendar.read')
        const calendar = await calendarFor(db, request.query.province ?? null)
        return { items: calendar.holidays(request.query.year), nextCursor: null }
      },
    )

    app.get(
      '/api/calendar/deadline',
      {
        schema: {
          tags,
          summary:
            'Tính hạn: N ngày làm việc sau ngày bắt đầu, hoặc N ngày rồi lùi sang ngày làm việc kế tiếp (BLDS Điều 147–148)',
          querystring: deadlineQuery,
          response: { 200: deadlineView },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'calendar.read')
        const { start, amount, unit, province } = request.query
        const calendar = await calendarFor(db, province ?? null)
        const result = outOfCalendar('amount', () => addPeriod(start, { amount, unit }, calendar))
        return {
          start,
          amount,
          unit,
          due: result.due,
          skipped: result.skipped.map(({ date, reason }) => ({ date, reason })),
        }
      },
    )

    app.get(
      '/api/calendar/working-days',
      {
        schema: {
          tags,
          summary: 'Số ngày làm việc từ ngày đến ngày (tính cả hai đầu)',
          querystring: workingDaysQuery,
          response: { 200: workingDaysView },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'calendar.read')
        const calendar = await calendarFor(db, request.query.province ?? null)
        return { count: countWorkingDays(request.query.from, request.query.to, calendar) }
      },
    )

    app.get(
      '/api/calendar/overrides',
      {
        schema: {
          tags,
          summary: 'Các ngày điều chỉnh lịch đã nhập (kể cả chưa áp dụng), theo năm nếu có',
          querystring: overridesQuery,
          response: { 200: listOf(overrideView) },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'calendar.read')
        const rows = await listOverrides(db.db, request.query.year ?? null)
        return { items: rows.map(presentOverride), nextCursor: null }
      },
    )

    app.post(
      '/api/calendar/overrides',
      {
        schema: {
          tags,
          summary: 'Thêm ngày điều chỉnh lịch theo văn bản công bố (toàn quốc hoặc một tỉnh)',
          body: createOverrideBody,
          response: { 201: overrideView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentOverride(await addOverride(ctx(request), request.body))),
    )

    app.patch(
      '/api/calendar/overrides/:id',
      {
        schema: {
          tags,
          summary: 'Bật hoặc tắt một ngày điều chỉnh (ví dụ Ngày Văn hóa Việt Nam 24/11)',
          params: uuidParam,
          body: updateOverrideBody,
          response: { 200: overrideView },
        },
      },
      async (request) =>
        presentOverride(await setOverrideActive(ctx(request), request.params.id, request.body.active)),
    )

    app.delete(
      '/api/calendar/overrides/:id',
      {
        schema: {
          tags,
          summary: 'Gỡ một ngày điều chỉnh lịch (thôi áp dụng ngay; vẫn lưu trong nhật ký)',
          params: uuidParam,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await removeOverride(ctx(request), request.params.id)
        return reply.status(204).send(null)
      },
    )
  }
