/**
 * Recruitment evaluation (招聘评估), per requisition and per channel: applicants, passed screening,
 * interviewed, offered, hired, days from requisition approval to hire, and cost per hire against
 * the plans' budget; plus the funnel a chart draws.
 *
 * Figures come from the records alone (each candidate keeps when it reached each stage), so they
 * can be computed from a store query without reading histories. Duplicates merged into another
 * record are not counted.
 *
 * @example
 * ```ts
 * import { Evaluation } from "@frontdesk/domain/recruitment"
 * import type { Candidate, Plan, Requisition } from "@frontdesk/domain/recruitment"
 * declare const requisitions: ReadonlyArray<Requisition.Record>
 * declare const candidates: ReadonlyArray<Candidate.Record>
 * declare const plans: ReadonlyArray<Plan.Record>
 * const rows = Evaluation.perRequisition(requisitions, candidates, plans)
 * Evaluation.funnel(rows[0]!).map((step) => step.count)
 * ```
 * @module
 * @since 0.1.0
 */
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import type * as Candidate from "./Candidate.js"
import * as Plan from "./Plan.js"
import type * as Requisition from "./Requisition.js"

Messages.register(recruitmentTexts)

/**
 * The figures of one row of the evaluation. Money is in minor units (fen). `daysToHire` is the
 * average, over hires, of the calendar days from the requisition's approval to the hire;
 * `costPerHire` is the spending divided by hires; `budgetPerHead` the budget divided by the
 * headcount asked for (per requisition only).
 *
 * @example
 * ```ts
 * import type { Evaluation } from "@frontdesk/domain/recruitment"
 * declare const figures: Evaluation.Figures
 * figures.hired / figures.applicants // the yield
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Figures {
  readonly applicants: number
  readonly screened: number
  readonly interviewed: number
  readonly offered: number
  readonly hired: number
  readonly daysToHire: number | undefined
  readonly budget: Field.Money
  readonly cost: Field.Money
  readonly costPerHire: Field.Money | undefined
  readonly budgetPerHead: Field.Money | undefined
  readonly overBudget: boolean
}

/**
 * One requisition's row.
 *
 * @example
 * ```ts
 * import type { Evaluation } from "@frontdesk/domain/recruitment"
 * declare const row: Evaluation.RequisitionRow
 * row.requisitionId
 * ```
 * @category models
 * @since 0.1.0
 */
export interface RequisitionRow extends Figures {
  readonly requisitionId: string
  readonly position: string
  readonly department: string
  readonly headcount: number
}

/**
 * One channel's row.
 *
 * @example
 * ```ts
 * import type { Evaluation } from "@frontdesk/domain/recruitment"
 * declare const row: Evaluation.ChannelRow
 * row.channel // "campus"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ChannelRow extends Figures {
  readonly channel: Plan.Channel
}

const DAY_MS = 86_400_000

const counted = (candidates: ReadonlyArray<Candidate.Record>) =>
  candidates.filter((c) => c.state !== "merged")

const money = (amount: number, lines: ReadonlyArray<{ readonly amount: Field.Money }>): Field.Money =>
  Field.money(amount, lines[0]?.amount.currency ?? Field.defaultCurrency)

const figures = (
  candidates: ReadonlyArray<Candidate.Record>,
  approvedAt: (candidate: Candidate.Record) => string | undefined,
  budgetLines: ReadonlyArray<Plan.Line>,
  spendingLines: ReadonlyArray<Plan.Line>,
  headcount: number | undefined
): Figures => {
  const list = counted(candidates)
  const hires = list.filter((c) => c.data.milestones.hiredAt !== undefined)
  const days = hires.flatMap((c) => {
    const from = approvedAt(c)
    const to = c.data.milestones.hiredAt
    return from === undefined || to === undefined ? [] : [(Date.parse(to) - Date.parse(from)) / DAY_MS]
  })
  const budget = Plan.total(budgetLines)
  const cost = money(Plan.total(spendingLines).amount, [...spendingLines, ...budgetLines])
  return {
    applicants: list.length,
    screened: list.filter((c) => c.data.milestones.screenedAt !== undefined).length,
    interviewed: list.filter((c) => c.data.milestones.interviewedAt !== undefined).length,
    offered: list.filter((c) => c.data.milestones.offeredAt !== undefined).length,
    hired: hires.length,
    daysToHire:
      days.length === 0 ? undefined : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
    budget,
    cost,
    costPerHire: hires.length === 0 ? undefined : money(Math.round(cost.amount / hires.length), budgetLines),
    budgetPerHead:
      headcount === undefined || headcount === 0
        ? undefined
        : money(Math.round(budget.amount / headcount), budgetLines),
    overBudget: cost.amount > budget.amount
  }
}

const livePlans = (plans: ReadonlyArray<Plan.Record>) => plans.filter((p) => p.state !== "cancelled")

/**
 * One row per requisition: its candidates, and the budget and spending of its plans.
 *
 * @example
 * ```ts
 * import { Evaluation } from "@frontdesk/domain/recruitment"
 * Evaluation.perRequisition([], [], []) // []
 * ```
 * @category evaluation
 * @since 0.1.0
 */
export const perRequisition = (
  requisitions: ReadonlyArray<Requisition.Record>,
  candidates: ReadonlyArray<Candidate.Record>,
  plans: ReadonlyArray<Plan.Record>
): ReadonlyArray<RequisitionRow> =>
  requisitions.map((requisition) => {
    const own = livePlans(plans).filter((p) => p.data.requisitionId === requisition.id)
    return {
      requisitionId: requisition.id,
      position: requisition.data.position,
      department: requisition.data.department,
      headcount: requisition.data.headcount,
      ...figures(
        candidates.filter((c) => c.data.requisitionId === requisition.id),
        () => requisition.data.approvedAt,
        own.flatMap((p) => p.data.budget),
        own.flatMap((p) => p.data.spending),
        requisition.data.headcount
      )
    }
  })

/**
 * One row per channel that has candidates, budget or spending, in the order of `Plan.channels`.
 *
 * @example
 * ```ts
 * import { Evaluation } from "@frontdesk/domain/recruitment"
 * Evaluation.perChannel([], [], []) // []
 * ```
 * @category evaluation
 * @since 0.1.0
 */
export const perChannel = (
  requisitions: ReadonlyArray<Requisition.Record>,
  candidates: ReadonlyArray<Candidate.Record>,
  plans: ReadonlyArray<Plan.Record>
): ReadonlyArray<ChannelRow> => {
  const approvedAt = new Map(requisitions.map((r) => [r.id, r.data.approvedAt]))
  const live = livePlans(plans)
  return Plan.channels.flatMap((channel) => {
    const mine = counted(candidates).filter((c) => c.data.channel === channel)
    const budget = live.flatMap((p) => p.data.budget.filter((line) => line.channel === channel))
    const spending = live.flatMap((p) => p.data.spending.filter((line) => line.channel === channel))
    if (mine.length === 0 && budget.length === 0 && spending.length === 0) return []
    return [
      {
        channel,
        ...figures(mine, (c) => approvedAt.get(c.data.requisitionId), budget, spending, undefined)
      }
    ]
  })
}

/**
 * A funnel stage.
 *
 * @example
 * ```ts
 * import type { Evaluation } from "@frontdesk/domain/recruitment"
 * const stage: Evaluation.Stage = "interviewed"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Stage = "applicants" | "screened" | "interviewed" | "offered" | "hired"

/**
 * One step of the funnel: the stage, its label, how many reached it, and that as a share of the
 * applicants (undefined without applicants).
 *
 * @example
 * ```ts
 * import type { Evaluation } from "@frontdesk/domain/recruitment"
 * const step: Evaluation.FunnelStep = { stage: "hired", label: "recruitment.evaluation.hired", count: 2, share: 0.1 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface FunnelStep {
  readonly stage: Stage
  readonly label: Messages.Code
  readonly count: number
  readonly share: number | undefined
}

const stages = {
  applicants: "recruitment.evaluation.applicants",
  screened: "recruitment.evaluation.screened",
  interviewed: "recruitment.evaluation.interviewed",
  offered: "recruitment.evaluation.offered",
  hired: "recruitment.evaluation.hired"
} as const satisfies { readonly [S in Stage]: Messages.Code }

/**
 * The funnel of a row, for a chart: applicants → screened → interviewed → offered → hired.
 *
 * @example
 * ```ts
 * import { Evaluation } from "@frontdesk/domain/recruitment"
 * declare const row: Evaluation.Figures
 * Evaluation.funnel(row).map((s) => [s.stage, s.count])
 * ```
 * @category evaluation
 * @since 0.1.0
 */
export const funnel = (row: Figures): ReadonlyArray<FunnelStep> =>
  (Object.keys(stages) as Array<Stage>).map((stage) => ({
    stage,
    label: stages[stage],
    count: row[stage],
    share: row.applicants === 0 ? undefined : row[stage] / row.applicants
  }))

/**
 * The catalogue label of a figure's column, for tables.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { Evaluation } from "@frontdesk/domain/recruitment"
 * Messages.format(Evaluation.columnLabel("daysToHire"), "en") // "days from approval to hire"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const columnLabel = (column: keyof Figures): Messages.Code => columns[column]

const columns = {
  ...stages,
  daysToHire: "recruitment.evaluation.daysToHire",
  budget: "recruitment.evaluation.budget",
  cost: "recruitment.evaluation.cost",
  costPerHire: "recruitment.evaluation.costPerHire",
  budgetPerHead: "recruitment.evaluation.budgetPerHead",
  overBudget: "recruitment.evaluation.overBudget"
} as const satisfies { readonly [K in keyof Figures]: Messages.Code }
