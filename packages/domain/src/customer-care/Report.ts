/**
 * The callback summary report (回访总结报告) for a period: callbacks by method, outcome and
 * satisfaction; member coverage; the share done on time (within three days, or by the agreed
 * time); complaints by department and their time to close. {@link weekly} gives the figures a
 * chart shows: coverage and on-time share per specialist and week.
 *
 * A callback belongs to the period in which it was created (when its service was recorded); a
 * complaint to the period in which it was received.
 *
 * @example
 * ```ts
 * import { Period, Report } from "@frontdesk/domain/customer-care"
 * declare const callbacks: Parameters<typeof Report.summary>[0]["callbacks"]
 * declare const complaints: Parameters<typeof Report.summary>[0]["complaints"]
 * const report = Report.summary({
 *   callbacks, complaints, period: Period.make("2026-03-01", "2026-03-31"), now: new Date("2026-04-01T00:00:00Z")
 * })
 * report.callbacks.byMethod.phone
 * ```
 * @module
 * @since 0.1.0
 */
import * as Calendar from "../kernel/Calendar.js"
import * as Messages from "../kernel/Messages.js"
import type * as Workflow from "../kernel/Workflow.js"
import { customerCareTexts } from "../messages/customer-care.js"
import * as Callback from "./Callback.js"
import type * as CallbackRecord from "./CallbackRecord.js"
import * as Complaint from "./Complaint.js"
import * as Coverage from "./Coverage.js"
import * as Period from "./Period.js"

Messages.register(customerCareTexts)

/**
 * A count out of a total and the share (1 when the total is 0).
 *
 * @example
 * ```ts
 * import type { Report } from "@frontdesk/domain/customer-care"
 * const s: Report.Share = { count: 9, of: 10, share: 0.9 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Share {
  readonly count: number
  readonly of: number
  readonly share: number
}

const shareOf = (count: number, of: number): Share => ({ count, of, share: of === 0 ? 1 : count / of })

/**
 * Complaints routed to one department in the period; `department` is undefined for those not
 * routed yet. Hours to close are averaged over the closed ones.
 *
 * @example
 * ```ts
 * import type { Report } from "@frontdesk/domain/customer-care"
 * const d: Report.DepartmentFigures = { department: "售后服务部", total: 4, closed: 3, reopened: 1, averageHoursToClose: 30.5 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DepartmentFigures {
  readonly department: string | undefined
  readonly total: number
  readonly closed: number
  readonly reopened: number
  readonly averageHoursToClose: number | undefined
}

/**
 * The callback summary of a period.
 * - `callbacks.total`: created in the period; `open`, `completed`, `unreachable` split them;
 * - `byMethod`, `bySatisfaction`: over completed callbacks (the method recorded, not planned);
 * - `byOutcome`: completed callbacks by recorded outcome, plus `unreachable`;
 * - `onTime`: completed by their due time, out of those whose due time has been settled
 *   (completed, closed, or open past due at `now`);
 * - `coverage`: member coverage ({@link Coverage.compute});
 * - `complaints`: received in the period, by department, with average hours to close.
 *
 * @example
 * ```ts
 * import type { Report } from "@frontdesk/domain/customer-care"
 * const headline = (s: Report.Summary) => `${Math.round(s.coverage.share * 100)}%`
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Summary {
  readonly period: Period.Period
  readonly callbacks: {
    readonly total: number
    readonly open: number
    readonly completed: number
    readonly unreachable: number
    readonly byMethod: { readonly [M in CallbackRecord.Method]: number }
    readonly byOutcome: { readonly [O in CallbackRecord.Outcome | "unreachable"]: number }
    readonly bySatisfaction: { readonly [S in CallbackRecord.Satisfaction]: number }
    readonly onTime: Share
  }
  readonly coverage: Coverage.Coverage
  readonly complaints: {
    readonly total: number
    readonly closed: number
    readonly byDepartment: ReadonlyArray<DepartmentFigures>
    readonly averageHoursToClose: number | undefined
  }
}

/**
 * The callback records a report reads.
 *
 * @example
 * ```ts
 * import type { Report } from "@frontdesk/domain/customer-care"
 * const states = (records: ReadonlyArray<Report.CallbackLike>) => records.map((r) => r.state)
 * ```
 * @category models
 * @since 0.1.0
 */
export type CallbackLike = Pick<
  Workflow.Record<Callback.Callback>,
  "id" | "state" | "createdAt" | "data" | "deadlines"
>

/**
 * The complaint records a report reads.
 *
 * @example
 * ```ts
 * import type { Report } from "@frontdesk/domain/customer-care"
 * const states = (records: ReadonlyArray<Report.ComplaintLike>) => records.map((r) => r.state)
 * ```
 * @category models
 * @since 0.1.0
 */
export type ComplaintLike = Pick<Workflow.Record<Complaint.Complaint>, "id" | "state" | "createdAt" | "data">

const isOpen = (c: CallbackLike): boolean => c.state === "scheduled" || c.state === "attempted"

/** Settled: its on-time question has an answer at `now`. */
const isSettled = (c: CallbackLike, now: Date): boolean => {
  if (!isOpen(c)) return true
  const due = Callback.dueAt(c)
  return due !== undefined && Date.parse(due) < now.getTime()
}

const onTimeOf = (callbacks: ReadonlyArray<CallbackLike>, now: Date): Share => {
  const settled = callbacks.filter((c) => isSettled(c, now))
  return shareOf(settled.filter((c) => Callback.isOnTime(c)).length, settled.length)
}

const average = (values: ReadonlyArray<number>): number | undefined =>
  values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length

/**
 * The callback summary report of a period (see {@link Summary}). `members` adds members known
 * to be due (see {@link Coverage.compute}); `now` decides which open callbacks are already late.
 *
 * @example
 * ```ts
 * import { Period, Report } from "@frontdesk/domain/customer-care"
 * const empty = Report.summary({ callbacks: [], complaints: [], period: Period.make("2026-03-01", "2026-03-31"), now: new Date() })
 * empty.coverage.share // 1
 * ```
 * @category reports
 * @since 0.1.0
 */
export const summary = (options: {
  readonly callbacks: ReadonlyArray<CallbackLike>
  readonly complaints: ReadonlyArray<ComplaintLike>
  readonly period: Period.Period
  readonly now: Date
  readonly members?: ReadonlyArray<string> | undefined
}): Summary => {
  const { period, now } = options
  const callbacks = options.callbacks.filter((c) => Period.contains(period, c.createdAt))
  const byMethod = { phone: 0, email: 0, sms: 0 }
  const byOutcome = { surveyed: 0, issueRaised: 0, leadFound: 0, reminded: 0, unreachable: 0 }
  const bySatisfaction = { satisfied: 0, average: 0, unsatisfied: 0 }
  let completed = 0
  let unreachable = 0
  for (const callback of callbacks) {
    const record = callback.data.record
    if (callback.state === "completed" && record !== undefined) {
      completed++
      byMethod[record.method]++
      byOutcome[record.outcome]++
      bySatisfaction[record.satisfaction]++
    } else if (callback.state === "unreachableClosed") {
      unreachable++
      byOutcome.unreachable++
    }
  }
  const complaints = options.complaints.filter((c) => Period.contains(period, c.createdAt))
  const departments = new Map<string | undefined, Array<ComplaintLike>>()
  for (const complaint of complaints) {
    const list = departments.get(complaint.data.department) ?? []
    list.push(complaint)
    departments.set(complaint.data.department, list)
  }
  const hours = (list: ReadonlyArray<ComplaintLike>) =>
    list.flatMap((c) => {
      const h = Complaint.hoursToClose(c)
      return h === undefined ? [] : [h]
    })
  const byDepartment = [...departments.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b, "zh-CN")))
    .map(([department, list]) => ({
      department,
      total: list.length,
      closed: list.filter((c) => c.state === "closed").length,
      reopened: list.filter((c) => c.data.reopenCount > 0).length,
      averageHoursToClose: average(hours(list))
    }))
  return {
    period,
    callbacks: {
      total: callbacks.length,
      open: callbacks.filter(isOpen).length,
      completed,
      unreachable,
      byMethod,
      byOutcome,
      bySatisfaction,
      onTime: onTimeOf(callbacks, now)
    },
    coverage: Coverage.compute({ callbacks, period, members: options.members }),
    complaints: {
      total: complaints.length,
      closed: complaints.filter((c) => c.state === "closed").length,
      byDepartment,
      averageHoursToClose: average(hours(complaints))
    }
  }
}

/**
 * One specialist's figures for one week (Monday `week`): member coverage and on-time share of
 * the callbacks assigned to them that were created that week.
 *
 * @example
 * ```ts
 * import type { Report } from "@frontdesk/domain/customer-care"
 * const bar = (w: Report.WeekFigures) => Math.round(w.coverage.share * 100)
 * ```
 * @category models
 * @since 0.1.0
 */
export interface WeekFigures {
  readonly specialist: string
  readonly week: Calendar.LocalDate
  readonly callbacks: number
  readonly coverage: Coverage.Coverage
  readonly onTime: Share
}

/**
 * Coverage and on-time share per specialist (the callback's assignee) and week of the period,
 * for the report's chart: specialists in id order, weeks oldest first; a specialist's week with
 * no callbacks is left out.
 *
 * @example
 * ```ts
 * import { Period, Report } from "@frontdesk/domain/customer-care"
 * declare const callbacks: Parameters<typeof Report.weekly>[0]["callbacks"]
 * const rows = Report.weekly({ callbacks, period: Period.make("2026-03-02", "2026-03-29"), now: new Date() })
 * rows.map((r) => [r.specialist, r.week, r.onTime.share])
 * ```
 * @category reports
 * @since 0.1.0
 */
export const weekly = (options: {
  readonly callbacks: ReadonlyArray<CallbackLike>
  readonly period: Period.Period
  readonly now: Date
}): ReadonlyArray<WeekFigures> => {
  const { period, now } = options
  const groups = new Map<string, Map<string, Array<CallbackLike>>>()
  for (const callback of options.callbacks) {
    if (!Period.contains(period, callback.createdAt)) continue
    const week = Period.weekStart(Calendar.localDateOf(callback.createdAt, period.timeZone))
    const weeks = groups.get(callback.data.assignee) ?? new Map<string, Array<CallbackLike>>()
    const list = weeks.get(week) ?? []
    list.push(callback)
    weeks.set(week, list)
    groups.set(callback.data.assignee, weeks)
  }
  return [...groups.keys()].sort().flatMap((specialist) =>
    Period.weeks(period).flatMap((week): ReadonlyArray<WeekFigures> => {
      const list = groups.get(specialist)?.get(week)
      if (list === undefined) return []
      return [
        {
          specialist,
          week,
          callbacks: list.length,
          coverage: Coverage.compute({ callbacks: list, period }),
          onTime: onTimeOf(list, now)
        }
      ]
    })
  )
}

/**
 * Bar-chart data: one category per specialist, one series per week, values as fractions
 * (`0.92` is 92%) or `null` where the specialist had no callbacks that week. The shape of
 * `fd-chart`'s bar data, without the domain depending on the elements.
 *
 * @example
 * ```ts
 * import type { Report } from "@frontdesk/domain/customer-care"
 * const weeks = (chart: Report.Chart) => chart.series.length
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Chart {
  readonly categoryLabel: Messages.Label
  readonly categories: ReadonlyArray<{ readonly id: string; readonly label: string }>
  readonly series: ReadonlyArray<{
    readonly id: string
    readonly label: Messages.Message
    readonly values: ReadonlyArray<number | null>
  }>
}

/**
 * Turns {@link weekly} figures into chart data for one measure — member coverage or the share
 * done on time — with specialists' display names when given (their ids otherwise).
 *
 * @example
 * ```ts
 * import { Period, Report } from "@frontdesk/domain/customer-care"
 * declare const rows: ReturnType<typeof Report.weekly>
 * const chart = Report.chartOf(rows, "onTime", { "u-1": "王芳" })
 * chart.series.map((s) => s.values) // one value per specialist, per week
 * ```
 * @category reports
 * @since 0.1.0
 */
export const chartOf = (
  rows: ReadonlyArray<WeekFigures>,
  measure: "coverage" | "onTime",
  names: { readonly [specialist: string]: string } = {}
): Chart => {
  const specialists = [...new Set(rows.map((r) => r.specialist))].sort()
  const weeks = [...new Set(rows.map((r) => r.week))].sort()
  return {
    categoryLabel: "customerCare.role.specialist",
    categories: specialists.map((id) => ({ id, label: names[id] ?? id })),
    series: weeks.map((week) => ({
      id: week,
      label: { code: "customerCare.report.week", params: { date: week } },
      values: specialists.map((specialist) => {
        const row = rows.find((r) => r.specialist === specialist && r.week === week)
        return row === undefined ? null : measure === "coverage" ? row.coverage.share : row.onTime.share
      })
    }))
  }
}
