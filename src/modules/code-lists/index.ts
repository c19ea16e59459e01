// Code lists as data, shared by the modules that classify by them (lĩnh vực of letters, of models…).
export { codeListTable, type CodeListTable } from './code-lists.schema.ts'
export { codeList, type CodeListSpec, type CodeView } from './codeList.ts'
