import "../../src/define/fd-chart.js"
import axe from "axe-core"
import fc from "fast-check"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { BarChartData, FdChart, FunnelChartData } from "../../src/charts/fd-chart.js"
import { cleanup, mount, settle } from "../common/fixtures.js"

// Member callback coverage per specialist and week, as the callback report shows it.
const coverage: BarChartData = {
  categoryLabel: { "zh-CN": "回访专员", en: "Specialist" },
  categories: [
    { id: "u-1", label: "王芳" },
    { id: "u-2", label: "李强" },
    { id: "u-3", label: "欧阳·娜仁托娅·巴特尔（华东区会员服务组）" }
  ],
  series: [
    { id: "w10", label: { "zh-CN": "第 10 周", en: "Week 10" }, values: [0.925, 0.8, 1] },
    { id: "w11", label: { "zh-CN": "第 11 周", en: "Week 11" }, values: [0.5, null, 0.75] }
  ]
}

// A recruitment funnel: applicants down to hires.
const funnel: FunnelChartData = {
  stages: [
    { id: "applied", label: { "zh-CN": "投递", en: "applied" }, count: 1200 },
    { id: "screened", label: { "zh-CN": "初筛通过", en: "screened" }, count: 300 },
    { id: "interviewed", label: { "zh-CN": "面试", en: "interviewed" }, count: 60 },
    { id: "hired", label: { "zh-CN": "录用", en: "hired" }, count: 6 }
  ]
}

const mountChart = async (lang: string, setup: (el: FdChart) => void): Promise<FdChart> => {
  const el = await mount<FdChart>(`<fd-chart lang="${lang}"></fd-chart>`)
  setup(el)
  await settle(el)
  return el
}

/** The table's cells as a screen reader reads them: without what is hidden from it. */
const tableCells = (el: FdChart): Array<Array<string>> =>
  [...el.shadowRoot!.querySelectorAll("table tr")].map((row) =>
    [...row.querySelectorAll("th, td")].map((cell) => {
      const copy = cell.cloneNode(true) as Element
      for (const hidden of copy.querySelectorAll("[aria-hidden=true]")) hidden.remove()
      return copy.textContent!.replace(/\s+/g, " ").trim()
    })
  )

const svgOf = (el: FdChart) => el.shadowRoot!.querySelector("svg[part~=chart]")!

describe("fd-chart", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations as bars and as a funnel (${lang})`, async () => {
      const bar = await mountChart(lang, (el) => {
        el.format = "percent"
        el.label = { "zh-CN": "会员回访覆盖率", en: "Member callback coverage" }
        el.data = coverage
      })
      expect((await axe.run(bar)).violations).toEqual([])
      bar.showTable = true
      await settle(bar)
      expect((await axe.run(bar)).violations).toEqual([])
      const chart = await mountChart(lang, (el) => {
        el.kind = "funnel"
        el.data = funnel
      })
      expect((await axe.run(chart)).violations).toEqual([])
      const empty = await mountChart(lang, (el) => {
        el.data = { categories: [], series: [] }
      })
      expect((await axe.run(empty)).violations).toEqual([])
    })
  }

  it("names the drawing as one image with a summary of what it shows", async () => {
    const el = await mountChart("en", (el) => {
      el.format = "percent"
      el.label = { "zh-CN": "会员回访覆盖率", en: "Member callback coverage" }
      el.data = coverage
    })
    expect(svgOf(el).getAttribute("role")).toBe("img")
    expect(svgOf(el).getAttribute("aria-label")).toBe(
      "Member callback coverage: bar chart of 3 categories by 2 series, values 50% to 100%; the data table lists every value"
    )
  })

  it("puts every value of a bar chart in its data table, formatted for the locale", async () => {
    const el = await mountChart("en", (el) => {
      el.format = "percent"
      el.label = { "zh-CN": "会员回访覆盖率", en: "Member callback coverage" }
      el.data = coverage
    })
    expect(el.shadowRoot!.querySelector("caption")!.textContent).toBe("Member callback coverage")
    expect(tableCells(el)).toEqual([
      ["Specialist", "Week 10", "Week 11"],
      ["王芳", "92.5%", "50%"],
      ["李强", "80%", "no value"],
      ["欧阳·娜仁托娅·巴特尔（华东区会员服务组）", "100%", "75%"]
    ])
  })

  it("has every value of any bar data in its table, each in its category's row and series' column", async () => {
    const el = await mountChart("en", () => undefined)
    const data = fc
      .record({ categories: fc.integer({ min: 1, max: 5 }), series: fc.integer({ min: 1, max: 4 }) })
      .chain(({ categories, series }) =>
        fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }), {
            minLength: categories,
            maxLength: categories
          }),
          { minLength: series, maxLength: series }
        )
      )
    await fc.assert(
      fc.asyncProperty(data, async (values) => {
        const categories = (values[0] ?? []).map((_, c) => ({ id: `c${c}`, label: `category ${c}` }))
        el.data = {
          categories,
          series: values.map((v, s) => ({ id: `s${s}`, label: `series ${s}`, values: v }))
        }
        await settle(el)
        const format = new Intl.NumberFormat("en", { maximumFractionDigits: 1 })
        const expected = categories.map((category, c) => [
          category.label,
          ...values.map((v) => (v[c] === null || v[c] === undefined ? "no value" : format.format(v[c]!)))
        ])
        const allMissing = values.every((v) => v.every((x) => x === null))
        if (allMissing) expect(el.shadowRoot!.querySelector("[part~=empty]")).not.toBeNull()
        else expect(tableCells(el).slice(1)).toEqual(expected)
      }),
      { numRuns: 25 }
    )
  })

  it("formats counts with the locale's grouping and writes each value at its bar (zh-CN)", async () => {
    const el = await mountChart("zh-CN", (el) => {
      el.data = {
        categories: [{ id: "phone", label: { "zh-CN": "电话", en: "phone" } }],
        series: [{ id: "n", label: { "zh-CN": "回访数", en: "callbacks" }, values: [12345] }]
      }
    })
    expect(tableCells(el)).toEqual([
      ["类别", "回访数"],
      ["电话", "12,345"]
    ])
    const values = [...svgOf(el).querySelectorAll("[part~=value]")].map((t) => t.textContent)
    expect(values).toEqual(["12,345"])
  })

  it("gives each series its own pattern, named in a legend, so colour is not the only carrier", async () => {
    const el = await mountChart("en", (el) => {
      el.format = "percent"
      el.data = coverage
    })
    const fills = new Set(
      [...svgOf(el).querySelectorAll("rect[part~=bar]")].map((bar) => bar.getAttribute("fill"))
    )
    expect(fills.size).toBe(2)
    const paths = [...svgOf(el).querySelectorAll("pattern")].map((p) => p.querySelectorAll("path").length)
    expect(paths).toEqual([0, 1])
    const legend = [...el.shadowRoot!.querySelectorAll("[part~=legend] li")].map((li) =>
      li.textContent!.trim()
    )
    expect(legend).toEqual(["Week 10", "Week 11"])
    // Every drawn bar carries its value in text; the missing value is drawn as a dash.
    const values = [...svgOf(el).querySelectorAll("[part~=value]")].map((t) => t.textContent)
    expect(values).toEqual(["92.5%", "50%", "80%", "—", "100%", "75%"])
  })

  it("cuts a long label in the drawing but keeps it whole in its title and the table", async () => {
    const el = await mountChart("zh-CN", (el) => {
      el.format = "percent"
      el.data = coverage
    })
    const label = [...svgOf(el).querySelectorAll("text[part~=label]")][2]!
    const long = "欧阳·娜仁托娅·巴特尔（华东区会员服务组）"
    expect(label.querySelector("title")!.textContent).toBe(long)
    const drawn = label.textContent!.replace(long, "").trim()
    expect(drawn.endsWith("…")).toBe(true)
    expect(long.startsWith(drawn.slice(0, -1))).toBe(true)
    // Labels end at x, right-aligned, so a label that fits its room is no wider than x.
    expect((label as SVGTextElement).getBBox().width).toBeLessThanOrEqual(Number(label.getAttribute("x")))
  })

  it("lays the drawing out at its own width, so text keeps its size on a narrow screen", async () => {
    for (const width of [360, 900]) {
      const el = await mount<FdChart>(`<fd-chart lang="en" style="width: ${width}px"></fd-chart>`)
      el.data = coverage
      await settle(el)
      await new Promise((resolve) => requestAnimationFrame(resolve))
      await new Promise((resolve) => requestAnimationFrame(resolve))
      await settle(el)
      const drawing = svgOf(el)
      expect(drawing.getAttribute("viewBox")!.split(" ")[2]).toBe(String(width))
      expect(drawing.getBoundingClientRect().width).toBe(width)
    }
  })

  it("redraws at its width without a resize loop, even when drawn with data before it was measured", async () => {
    const errors: Array<string> = []
    const onError = (event: ErrorEvent) => errors.push(event.message)
    window.addEventListener("error", onError)
    try {
      const host = document.createElement("div")
      host.style.width = "360px"
      document.body.append(host)
      // Data before the first layout: the first drawing is at the default width.
      const el = document.createElement("fd-chart")
      el.data = coverage
      host.append(el)
      for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
      await settle(el)
      expect(svgOf(el).getAttribute("viewBox")!.split(" ")[2]).toBe("360")
      expect(errors).toEqual([])
    } finally {
      window.removeEventListener("error", onError)
    }
  })

  it("shows the funnel's counts, conversion from the stage before and share of the first in its table", async () => {
    const el = await mountChart("en", (el) => {
      el.kind = "funnel"
      el.label = { "zh-CN": "招聘漏斗", en: "Hiring funnel" }
      el.data = funnel
    })
    expect(tableCells(el)).toEqual([
      ["Stage", "Count", "From previous stage", "Of first stage"],
      ["applied", "1,200", "no value", "100%"],
      ["screened", "300", "25%", "25%"],
      ["interviewed", "60", "20%", "5%"],
      ["hired", "6", "10%", "0.5%"]
    ])
    expect(svgOf(el).getAttribute("aria-label")).toBe(
      "Hiring funnel: funnel of 4 stages, from 1,200 applied to 6 hired, 0.5% overall; the data table lists every value"
    )
    const values = [...svgOf(el).querySelectorAll("[part~=value]")].map((t) => t.textContent)
    expect(values).toEqual(["1,200", "300  ↓ 25%", "60  ↓ 20%", "6  ↓ 10%"])
  })

  it("says there is no data instead of drawing an empty chart", async () => {
    const el = await mountChart("zh-CN", (el) => {
      el.label = { "zh-CN": "会员回访覆盖率", en: "Member callback coverage" }
      el.data = {
        categories: [{ id: "u-1", label: "王芳" }],
        series: [{ id: "w", label: "w", values: [null] }]
      }
    })
    expect(el.shadowRoot!.querySelector("svg")).toBeNull()
    expect(el.shadowRoot!.querySelector("table")).toBeNull()
    expect(el.shadowRoot!.querySelector("[part~=empty]")!.textContent).toBe("会员回访覆盖率: 暂无数据")
    el.kind = "funnel"
    el.data = { stages: [] }
    el.lang = "en"
    await settle(el)
    expect(el.shadowRoot!.querySelector("[part~=empty]")!.textContent).toBe(
      "Member callback coverage: No data to show"
    )
  })

  it("shows the hidden data table with the keyboard and hides it again", async () => {
    const el = await mountChart("en", (el) => {
      el.format = "percent"
      el.data = coverage
    })
    const wrapper = () => el.shadowRoot!.querySelector<HTMLElement>(".table")!
    expect(wrapper().classList.contains("visually-hidden")).toBe(true)
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>("[part~=toggle]")!
    expect(toggle.getAttribute("aria-controls")).toBe(wrapper().id)
    toggle.focus()
    await userEvent.keyboard("{Enter}")
    await settle(el)
    expect(toggle.getAttribute("aria-expanded")).toBe("true")
    expect(toggle.textContent!.trim()).toBe("Hide table")
    expect(wrapper().classList.contains("visually-hidden")).toBe(false)
    expect(wrapper().getBoundingClientRect().height).toBeGreaterThan(50)
    await userEvent.keyboard(" ")
    await settle(el)
    expect(wrapper().classList.contains("visually-hidden")).toBe(true)
  })
})
