/**
 * Texts of the HTTP service in `@frontdesk/storage/http`: why it refused a request that never
 * reached a workflow (no acting user, an unknown workflow, a write it only accepts from trusted
 * callers, a malformed request, a read larger than the service's cap). Registered by the service, which puts them in its error bodies.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { httpTexts } from "@frontdesk/domain/messages"
 * Messages.register(httpTexts)
 * Messages.format("http.actorMissing", "en", { header: "X-Frontdesk-Actor" })
 * ```
 * @category sections
 * @since 0.1.0
 */
export const httpTexts = {
  "http.actorMissing": {
    "zh-CN": "请求没有带上有效的操作人（请求头 {header}），请先登录",
    en: "The request names no valid acting user (header {header}); sign in first"
  },
  "http.unknownWorkflow": {
    "zh-CN": "服务中没有流程「{workflow}」",
    en: "The service has no workflow “{workflow}”"
  },
  "http.trustedOnly": {
    "zh-CN": "只有受信任的调用方才能执行此操作（{operation}）；业务记录请通过命令修改",
    en: "Only a trusted caller may do this ({operation}); change workflow records through commands"
  },
  "http.draftsByKey": {
    "zh-CN": "草稿只能按键逐条读取",
    en: "Drafts can only be read one key at a time"
  },
  "http.badRequest": {
    "zh-CN": "请求格式无效：{detail}",
    en: "The request is malformed: {detail}"
  },
  "http.limitTooLarge": {
    "zh-CN": "一次查询最多返回 {max} 条记录，请求了 {limit} 条；请减小 limit，并用返回的 cursor 继续读取",
    en: "One query returns at most {max} records, and {limit} were asked for; ask for fewer and follow the returned cursor"
  },
  "http.tooManyIds": {
    "zh-CN": "一次最多按编号读取 {max} 条记录，请求了 {count} 条；请分批读取",
    en: "At most {max} records can be read by id at once, and {count} were asked for; ask in batches"
  },
  "http.notFound": {
    "zh-CN": "没有这个接口：{method} {path}",
    en: "There is no endpoint {method} {path}"
  }
} as const
