/**
 * Texts of the chart and board elements (`fd-chart`, `fd-board`): summaries read out for a chart,
 * the headers of its data table, and the moves and counts of a board. Registered by those
 * elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { elementsChartsTexts } from "@frontdesk/domain/messages"
 * Messages.register(elementsChartsTexts)
 * Messages.format("chart.empty", "en") // "No data to show"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const elementsChartsTexts = {
  "chart.untitled": { "zh-CN": "图表", en: "Chart" },
  "chart.empty": { "zh-CN": "暂无数据", en: "No data to show" },
  "chart.showTable": { "zh-CN": "以表格显示", en: "Show as table" },
  "chart.hideTable": { "zh-CN": "隐藏表格", en: "Hide table" },
  "chart.legend": { "zh-CN": "图例", en: "Legend" },
  "chart.noValue": { "zh-CN": "无数值", en: "no value" },
  "chart.category": { "zh-CN": "类别", en: "Category" },
  "chart.stage": { "zh-CN": "阶段", en: "Stage" },
  "chart.count": { "zh-CN": "数量", en: "Count" },
  "chart.conversion": { "zh-CN": "较上一阶段", en: "From previous stage" },
  "chart.overall": { "zh-CN": "占首阶段", en: "Of first stage" },
  "chart.summary.bar": {
    "zh-CN": "{title}：条形图，{categories} 个类别、{series} 个系列，数值 {min} 至 {max}，详见数据表",
    en: "{title}: bar chart of {categories} categories by {series} series, values {min} to {max}; the data table lists every value"
  },
  "chart.summary.funnel": {
    "zh-CN":
      "{title}：漏斗图，共 {stages} 个阶段，从{firstLabel} {first} 到{lastLabel} {last}，总转化 {overall}，详见数据表",
    en: "{title}: funnel of {stages} stages, from {first} {firstLabel} to {last} {lastLabel}, {overall} overall; the data table lists every value"
  },
  "board.untitled": { "zh-CN": "看板", en: "Board" },
  "board.count.one": { "zh-CN": "{count} 项", en: "{count} card" },
  "board.count.other": { "zh-CN": "{count} 项", en: "{count} cards" },
  "board.columnEmpty": { "zh-CN": "暂无", en: "Nothing here" },
  "board.moveTo": { "zh-CN": "移至…", en: "Move to…" },
  "board.moveCard": { "zh-CN": "将“{card}”移至", en: "Move “{card}” to" },
  "board.noTargets": { "zh-CN": "当前不可移动", en: "Cannot be moved now" },
  "board.moving": { "zh-CN": "正在移动…", en: "Moving…" },
  "board.moved": {
    "zh-CN": "“{card}”已从“{from}”移至“{to}”",
    en: "“{card}” moved from {from} to {to}"
  },
  "board.notMoved": {
    "zh-CN": "“{card}”未移动，仍在“{from}”",
    en: "“{card}” was not moved; it stays in {from}"
  },
  "board.moveFailed": {
    "zh-CN": "“{card}”未能移至“{to}”：{reason}",
    en: "“{card}” could not be moved to {to}: {reason}"
  },
  "board.hint": {
    "zh-CN": "方向键在卡片间切换，“移至…”按钮移动卡片",
    en: "Arrow keys move between cards; the Move to… button moves a card"
  }
} as const
