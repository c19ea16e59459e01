/** The platform's official-document renderer (Decree 30/2020 layout), used for the register and form 01/TCD. */
export { renderDocx, renderPdf, type Block, type OfficialDocument } from '../../platform/documents/index.ts'
