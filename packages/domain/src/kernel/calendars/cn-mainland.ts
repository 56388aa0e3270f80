/**
 * Mainland China public holidays and make-up working days (调休上班日), one dataset per year,
 * each transcribed from the State Council General Office notice on that year's holiday
 * arrangement (国务院办公厅关于YYYY年部分节假日安排的通知). The State Council usually publishes
 * the next year in October or November; add it here as a new dataset, or load it at run time
 * with `Calendar.withData`.
 *
 * @since 0.1.0
 */
import type { Dataset, Holiday, MakeUpDay } from "../Calendar.js"
import type { Text } from "../Messages.js"

const names = {
  newYear: { "zh-CN": "元旦", en: "New Year's Day" },
  springFestival: { "zh-CN": "春节", en: "Spring Festival" },
  qingming: { "zh-CN": "清明节", en: "Qingming Festival" },
  labourDay: { "zh-CN": "劳动节", en: "Labour Day" },
  dragonBoat: { "zh-CN": "端午节", en: "Dragon Boat Festival" },
  midAutumn: { "zh-CN": "中秋节", en: "Mid-Autumn Festival" },
  nationalDay: { "zh-CN": "国庆节", en: "National Day" },
  nationalDayMidAutumn: { "zh-CN": "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" }
} as const satisfies Record<string, Text>

const holiday = (name: Text, from: string, to: string = from): Holiday => ({ name, from, to })

const makeUp = (festival: Text, date: string): MakeUpDay => ({
  date,
  name: { "zh-CN": `${festival["zh-CN"]}调休上班`, en: `${festival.en} make-up working day` }
})

/**
 * 2024, from 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25).
 *
 * @example
 * ```ts
 * import { y2024 } from "./cn-mainland.js"
 * y2024.makeUpDays.length // 8
 * ```
 * @category data
 * @since 0.1.0
 */
export const y2024: Dataset = {
  version: "2024.1",
  source: "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）",
  from: "2024-01-01",
  to: "2024-12-31",
  holidays: [
    holiday(names.newYear, "2024-01-01"),
    holiday(names.springFestival, "2024-02-10", "2024-02-17"),
    holiday(names.qingming, "2024-04-04", "2024-04-06"),
    holiday(names.labourDay, "2024-05-01", "2024-05-05"),
    holiday(names.dragonBoat, "2024-06-10"),
    holiday(names.midAutumn, "2024-09-15", "2024-09-17"),
    holiday(names.nationalDay, "2024-10-01", "2024-10-07")
  ],
  makeUpDays: [
    makeUp(names.springFestival, "2024-02-04"),
    makeUp(names.springFestival, "2024-02-18"),
    makeUp(names.qingming, "2024-04-07"),
    makeUp(names.labourDay, "2024-04-28"),
    makeUp(names.labourDay, "2024-05-11"),
    makeUp(names.midAutumn, "2024-09-14"),
    makeUp(names.nationalDay, "2024-09-29"),
    makeUp(names.nationalDay, "2024-10-12")
  ]
}

/**
 * 2025, from 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12),
 * the first year under the revised 全国年节及纪念日放假办法 (除夕 and 5月2日 added).
 *
 * @example
 * ```ts
 * import { y2025 } from "./cn-mainland.js"
 * y2025.holidays[1]?.from // "2025-01-28"
 * ```
 * @category data
 * @since 0.1.0
 */
export const y2025: Dataset = {
  version: "2025.1",
  source: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）",
  from: "2025-01-01",
  to: "2025-12-31",
  holidays: [
    holiday(names.newYear, "2025-01-01"),
    holiday(names.springFestival, "2025-01-28", "2025-02-04"),
    holiday(names.qingming, "2025-04-04", "2025-04-06"),
    holiday(names.labourDay, "2025-05-01", "2025-05-05"),
    holiday(names.dragonBoat, "2025-05-31", "2025-06-02"),
    holiday(names.nationalDayMidAutumn, "2025-10-01", "2025-10-08")
  ],
  makeUpDays: [
    makeUp(names.springFestival, "2025-01-26"),
    makeUp(names.springFestival, "2025-02-08"),
    makeUp(names.labourDay, "2025-04-27"),
    makeUp(names.nationalDayMidAutumn, "2025-09-28"),
    makeUp(names.nationalDayMidAutumn, "2025-10-11")
  ]
}

/**
 * 2026, from 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, published by Xinhua the
 * same day).
 *
 * @example
 * ```ts
 * import { y2026 } from "./cn-mainland.js"
 * y2026.makeUpDays.map((d) => d.date) // ["2026-01-04", "2026-02-14", ...]
 * ```
 * @category data
 * @since 0.1.0
 */
export const y2026: Dataset = {
  version: "2026.1",
  source: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
  from: "2026-01-01",
  to: "2026-12-31",
  holidays: [
    holiday(names.newYear, "2026-01-01", "2026-01-03"),
    holiday(names.springFestival, "2026-02-15", "2026-02-23"),
    holiday(names.qingming, "2026-04-04", "2026-04-06"),
    holiday(names.labourDay, "2026-05-01", "2026-05-05"),
    holiday(names.dragonBoat, "2026-06-19", "2026-06-21"),
    holiday(names.midAutumn, "2026-09-25", "2026-09-27"),
    holiday(names.nationalDay, "2026-10-01", "2026-10-07")
  ],
  makeUpDays: [
    makeUp(names.newYear, "2026-01-04"),
    makeUp(names.springFestival, "2026-02-14"),
    makeUp(names.springFestival, "2026-02-28"),
    makeUp(names.labourDay, "2026-05-09"),
    makeUp(names.nationalDay, "2026-09-20"),
    makeUp(names.nationalDay, "2026-10-10")
  ]
}

/**
 * Every shipped year, oldest first; together they cover 2024-01-01 to 2026-12-31.
 *
 * @example
 * ```ts
 * import { datasets } from "./cn-mainland.js"
 * datasets.map((d) => d.version) // ["2024.1", "2025.1", "2026.1"]
 * ```
 * @category data
 * @since 0.1.0
 */
export const datasets: ReadonlyArray<Dataset> = [y2024, y2025, y2026]
