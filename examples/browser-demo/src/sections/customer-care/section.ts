/**
 * Customer care (客户服务): customers assigned in balance, the callback queue with working-day
 * deadlines and quiet hours, the callback record that follows the script, complaints from the
 * incoming call to the board, call sampling and the callback summary report. The seeded records
 * span National Day 2026, and the section says which deadline stepped over it.
 */
import { Calendar, type Messages, Personal, type Workflow } from "@frontdesk/domain"
import { Callback, collections, Period, Roles } from "@frontdesk/domain/customer-care"
import "@frontdesk/elements/define/fd-callback-form.js"
import "@frontdesk/elements/define/fd-callback-queue.js"
import "@frontdesk/elements/define/fd-callback-report.js"
import "@frontdesk/elements/define/fd-complaint-board.js"
import "@frontdesk/elements/define/fd-complaint-form.js"
import "@frontdesk/elements/define/fd-customer-list.js"
import "@frontdesk/elements/define/fd-qa-sample.js"
import { html, nothing } from "lit"
import type { Section, View } from "../../section.js"
import { skippedBetween } from "./holiday.js"
import {
  calendar,
  callbackPolicy,
  callbackWithin,
  departments,
  names,
  people,
  specialists,
  workflows
} from "./policy.js"
import { progress, seed } from "./seed.js"
import { text } from "./text.js"

type CallbackRecord = Workflow.Record<Callback.Callback>

const timeZone = Calendar.defaultTimeZone

const state = {
  callbacks: [] as ReadonlyArray<CallbackRecord>
}

const formatDay = (locale: Messages.Locale, instant: Calendar.Instant, withTime = false): string =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    month: "long",
    day: "numeric",
    weekday: "short",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {})
  }).format(new Date(instant))

const formatDate = (locale: Messages.Locale, date: Calendar.LocalDate): string =>
  formatDay(locale, Calendar.instantAt(date, "12:00", timeZone))

/** The callback whose deadline best shows a holiday skipped: open ones first, then the latest. */
const holidayExample = (callbacks: ReadonlyArray<CallbackRecord>) =>
  callbacks
    .flatMap((record) => {
      const tracker = record.deadlines?.[Callback.deadlineName]
      const due = tracker?.dueAt
      if (tracker?.startedAt === undefined || due === undefined) return []
      const skipped = skippedBetween(calendar, tracker.startedAt, due, timeZone)
      return skipped.holidays.length === 0 ? [] : [{ record, startedAt: tracker.startedAt, due, skipped }]
    })
    .sort(
      (a, b) =>
        Number(b.record.dueAt !== undefined) - Number(a.record.dueAt !== undefined) ||
        b.skipped.makeUpDays.length - a.skipped.makeUpDays.length ||
        Date.parse(b.startedAt) - Date.parse(a.startedAt)
    )[0]

const holidayNote = (view: View) => {
  const example = holidayExample(state.callbacks)
  if (example === undefined) return html`<p>${view.t(text.noSkip)}</p>`
  const { locale } = view
  const holidays = example.skipped.holidays
    .map((h) =>
      view.t(text.holidayRange, {
        name: h.name[locale],
        from: formatDate(locale, h.from),
        to: formatDate(locale, h.to)
      })
    )
    .join(locale === "en" ? ", " : "、")
  const makeUp = example.skipped.makeUpDays[0]
  const byCalendarDays = Calendar.valueOrEstimate(
    Calendar.addCalendarDays(calendar, example.startedAt, callbackWithin.amount)
  )
  const sentences = [
    view.t(text.skipped, {
      name: Personal.maskName(example.record.data.customerName),
      created: formatDay(locale, example.startedAt),
      due: formatDay(locale, example.due, true),
      holidays
    }),
    ...(makeUp === undefined
      ? []
      : [view.t(text.makeUp, { dates: formatDate(locale, makeUp.date), name: makeUp.name[locale] })]),
    view.t(text.calendarDays, { due: formatDay(locale, byCalendarDays) })
  ]
  // Chinese sentences follow one another without a space.
  return html`<p class="notice" data-holiday-note>${sentences.join(locale === "en" ? " " : "")}</p>`
}

const team = (view: View) => html`
  <h3>${view.t(text.team)}</h3>
  <ul class="team">
    ${specialists.map(
      (s) =>
        html`<li>${s.name} — ${view.t(text.capacity, { capacity: s.capacity, skills: s.skills.join(view.locale === "en" ? ", " : "、") })}</li>`
    )}
  </ul>
`

/** The address that sets the demo clock to the morning after the seeded holiday, keeping the rest. */
const holidayHref = (): string => {
  const url = new URL(location.href)
  url.searchParams.set("now", "2026-10-09T10:00:00+08:00")
  url.hash = "#/customer-care"
  return url.href
}

/** The report covers everything from the week of the first callback to the demo's today. */
const reportPeriod = (view: View): Period.Period => {
  const today = Calendar.localDateOf(view.now(), timeZone)
  const first = state.callbacks.reduce<string | undefined>(
    (min, c) => (min === undefined || c.createdAt < min ? c.createdAt : min),
    undefined
  )
  const firstDay = first === undefined ? today : Calendar.localDateOf(first, timeZone)
  // Records dated after the demo's today (its clock was set back) start the period today.
  return Period.make(firstDay > today ? today : Period.weekStart(firstDay), today, timeZone)
}

export const customerCare: Section = {
  id: "customer-care",
  label: text.section,
  collections,
  people,
  seed,
  load: async (view) => {
    const page = await view.desk.query<Callback.Callback>(workflows.callback.collection, {
      index: "byCreated",
      limit: 1000
    })
    state.callbacks = page.items
  },
  render: (view) => {
    const t = view.t
    // On real time the elements keep their own clock (and re-judge deadlines as it runs); on a
    // demo time they judge at that moment, the one the desk records commands at.
    const now = Math.abs(view.now().getTime() - Date.now()) < 1000 ? undefined : view.now()
    const period = reportPeriod(view)
    // `#/customer-care/` (an empty segment) chooses nothing.
    const selected = view.path[0] || undefined
    return html`
      <style>
        @media (min-width: 72rem) {
          .cc-wide {
            grid-column: span 2;
          }
          /* The complaint board has a column per state: it gets the page's width. */
          .cc-full {
            grid-column: 1 / -1;
          }
          .cc-complaints {
            display: grid;
            gap: 1.5rem;
            grid-template-columns: minmax(16rem, 20rem) minmax(0, 1fr);
            align-items: start;
          }
        }
        .cc-complaints > div {
          min-width: 0;
          overflow-x: auto;
        }
      </style>
      <section class="card" aria-labelledby="cc-about-heading">
        <h2 id="cc-about-heading">${t(text.about)}</h2>
        ${progress.seeding ? html`<p class="notice" role="status" data-seeding>${t(text.seeding)}</p>` : nothing}
        <p>${t(text.rules, { within: callbackWithin.amount })}</p>
        ${holidayNote(view)}
        <p><a href=${holidayHref()}>${t(text.seeHoliday)}</a></p>
        ${team(view)}
      </section>
      <section class="card cc-wide" aria-labelledby="cc-customers-heading">
        <h2 id="cc-customers-heading">${t(text.customers)}</h2>
        <fd-customer-list
          .workflow=${workflows.customer}
          .specialists=${specialists}
          .calendar=${calendar}
          .now=${now}
        ></fd-customer-list>
      </section>
      <section class="card cc-wide" aria-labelledby="cc-queue-heading">
        <h2 id="cc-queue-heading">${t(text.queue)}</h2>
        <fd-callback-queue
          .assignee=${
            // A specialist sees their own queue; anyone else starts with the first specialist's.
            view.actor.roles.includes(Roles.specialist) ? undefined : specialists[0]?.id
          }
          .specialists=${specialists.map(({ id, name }) => ({ id, name }))}
          .policy=${callbackPolicy}
          .calendar=${calendar}
          .now=${now}
          .hrefFor=${(id: string) => `#/customer-care/${encodeURIComponent(id)}`}
          selected=${selected ?? nothing}
        ></fd-callback-queue>
      </section>
      <section class="card" aria-labelledby="cc-callback-heading">
        <h2 id="cc-callback-heading">${t(text.callback)}</h2>
        ${
          selected === undefined
            ? html`<p class="empty">${t(text.pickCallback)}</p>`
            : html`<fd-callback-form
                .workflow=${workflows.callback}
                .policy=${callbackPolicy}
                .calendar=${calendar}
                .now=${now}
                record-id=${selected}
              ></fd-callback-form>`
        }
      </section>
      <section class="card cc-full" aria-labelledby="cc-complaints-heading">
        <h2 id="cc-complaints-heading">${t(text.complaints)}</h2>
        <div class="cc-complaints">
          <div>
            <h3>${t(text.incoming)}</h3>
            <fd-complaint-form
              .workflow=${workflows.complaint}
              .departments=${departments}
              draft-key="cc-complaint"
            ></fd-complaint-form>
          </div>
          <div>
            <h3>${t(text.board)}</h3>
            <fd-complaint-board
              .workflow=${workflows.complaint}
              .departments=${departments}
              .calendar=${calendar}
              .now=${now}
            ></fd-complaint-board>
          </div>
        </div>
      </section>
      <section class="card" aria-labelledby="cc-qa-heading">
        <h2 id="cc-qa-heading">${t(text.qaSample)}</h2>
        <fd-qa-sample
          .workflow=${workflows.qaSample}
          .agents=${specialists.map(({ id, name }) => ({ id, name }))}
          .now=${now}
          from=${period.from}
          to=${period.to}
          seed="国庆节"
        ></fd-qa-sample>
      </section>
      <section class="card cc-wide" aria-labelledby="cc-report-heading">
        <h2 id="cc-report-heading">${t(text.report)}</h2>
        <fd-callback-report
          .names=${names}
          .now=${now}
          from=${period.from}
          to=${period.to}
        ></fd-callback-report>
      </section>
    `
  }
}
