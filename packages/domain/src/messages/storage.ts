/**
 * Texts of storage: conflicts, missing records, quota, aborted saves, blocked upgrades, imports.
 * Registered by Store, whose errors carry these codes.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { storageTexts } from "@frontdesk/domain/messages"
 * Messages.register(storageTexts)
 * Messages.format("storage.aborted", "en") // "The save was aborted; none of the changes were saved"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const storageTexts = {
  "storage.conflict": {
    "zh-CN": "记录「{collection}/{id}」已被他人修改（期望版本 {expected}，实际版本 {actual}），请刷新后重试",
    en: "Record “{collection}/{id}” was changed by someone else (expected version {expected}, found {actual}); reload and try again"
  },
  "storage.alreadyExists": {
    "zh-CN": "记录「{collection}/{id}」已存在，不能重复新建",
    en: "Record “{collection}/{id}” already exists and cannot be created again"
  },
  "storage.notFound": {
    "zh-CN": "找不到记录「{collection}/{id}」",
    en: "Record “{collection}/{id}” was not found"
  },
  "storage.unknownCollection": {
    "zh-CN": "未声明集合「{collection}」",
    en: "Collection “{collection}” is not declared"
  },
  "storage.unknownIndex": {
    "zh-CN": "集合「{collection}」没有声明索引「{index}」",
    en: "Collection “{collection}” declares no index “{index}”"
  },
  "storage.quotaExceeded": {
    "zh-CN": "存储空间已满，本次更改均未保存",
    en: "Storage is full; none of the changes were saved"
  },
  "storage.aborted": {
    "zh-CN": "保存被中止，本次更改均未保存",
    en: "The save was aborted; none of the changes were saved"
  },
  "storage.upgradeBlocked": {
    "zh-CN": "另一个打开的页面仍在使用旧版本的数据，请关闭其他页面后重试",
    en: "Another open tab is still using the older version of the data; close other tabs and try again"
  },
  "storage.migrationRefused": {
    "zh-CN": "升级到版本 {version} 会删除集合「{collection}」，已拒绝升级",
    en: "Upgrading to version {version} would remove collection “{collection}”; the upgrade was refused"
  },
  "storage.invalidImport": {
    "zh-CN": "导入的文件无效，未做任何更改",
    en: "The imported file is not valid; nothing was changed"
  },
  "storage.failure": {
    "zh-CN": "存储操作失败（{operation}）",
    en: "A storage operation failed ({operation})"
  }
} as const
