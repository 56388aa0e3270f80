/**
 * The demo's clock. It tells real time unless the visitor sets another moment — to see deadlines
 * run across a public holiday, or a call attempted in quiet hours — and then keeps running from
 * that moment, so commands still happen one after another. `?now=<ISO time>` in the address sets
 * it too (the end-to-end tests use that); the setting is kept across reloads.
 */
const key = "demo.clockOffset"

let offset = Number(localStorage.getItem(key)) || 0
/** While seeding, commands happen at the seed's own times. */
let pinned: Date | undefined

/** The demo's current time. */
export const now = (): Date => pinned ?? new Date(Date.now() + offset)

/** Whether the clock runs away from real time. */
export const isSet = (): boolean => offset !== 0

/** Runs from `at` from now on; `undefined` goes back to real time. */
export const set = (at: Date | undefined): void => {
  offset = at === undefined || Number.isNaN(at.getTime()) ? 0 : at.getTime() - Date.now()
  if (offset === 0) localStorage.removeItem(key)
  else localStorage.setItem(key, String(offset))
}

/** Runs `work` with the clock stopped at `at`: its commands are recorded at that time. */
export const at = async <A>(time: Date, work: () => Promise<A>): Promise<A> => {
  pinned = time
  try {
    return await work()
  } finally {
    pinned = undefined
  }
}

const fromAddress = new URLSearchParams(location.search).get("now")
if (fromAddress !== null) {
  set(new Date(fromAddress))
  const url = new URL(location.href)
  url.searchParams.delete("now")
  history.replaceState(null, "", url)
}
