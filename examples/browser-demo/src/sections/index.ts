/** Every section of the demo, in the order of the navigation. Families add theirs here. */
import type { Section } from "../section.js"
import { customerCare } from "./customer-care/section.js"
import { reception } from "./reception/section.js"
import { recruitment } from "./recruitment/section.js"

export const sections: ReadonlyArray<Section> = [reception, customerCare, recruitment]
