export { emulationRoutes } from './emulation.routes.ts'
export { emulationRegistrations, emulationPacts, emulationEvents } from './emulation.schema.ts'
export { registrationTransitions, pactTransitions } from './lifecycle.ts'
export { loadDemoEmulation } from './sample/demo-emulation.ts'
