/**
 * The platform's official-document renderer (src/platform/documents, Decree 30/2020 layout), loaded on
 * first use. Declared here with the documented interface so this module builds while the documents
 * module is being merged; once it is on main this can become a static import.
 */
import { AppError } from '../../platform/errors.ts'
import { messages } from './messages.ts'

export type Block =
  | {
      kind: 'paragraph'
      text: string
      bold?: boolean
      italic?: boolean
      align?: 'left' | 'center' | 'right' | 'justify'
    }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: { header: string; width?: number }[]; rows: string[][] }

export interface OfficialDocument {
  issuer: { name: string; parentName?: string }
  number?: string
  place: string
  date: string
  title: string
  subtitle?: string
  body: Block[]
  recipients?: string[]
  signer?: { authority?: string; title: string; name: string }
  orientation?: 'portrait' | 'landscape'
}

interface DocumentsModule {
  renderDocx(doc: OfficialDocument): Promise<Buffer>
  renderPdf(doc: OfficialDocument): Promise<Buffer>
}

const MODULE = '../../platform/documents/index.ts'

async function documents(): Promise<DocumentsModule> {
  try {
    return (await import(/* @vite-ignore */ MODULE)) as DocumentsModule
  } catch {
    throw new AppError('INTERNAL', messages.pdfUnavailable)
  }
}

export const renderPdf = async (doc: OfficialDocument): Promise<Buffer> => (await documents()).renderPdf(doc)
export const renderDocx = async (doc: OfficialDocument): Promise<Buffer> =>
  (await documents()).renderDocx(doc)
