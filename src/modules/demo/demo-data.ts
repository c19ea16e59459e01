import type { OrganizationKind } from '../../contracts/organizations.ts'
import type { Role } from '../../platform/access/permissions.ts'

/** The password of every demo account (demo data only; printed at start and in README). */
export const DEMO_PASSWORD = 'DanVanSo-Demo-2026'

export interface DemoOrganization {
  code: string
  name: string
  kind: OrganizationKind
  parent: string | null // code of the parent; null = the root organization
  children?: DemoOrganization[]
}

const commune = (code: string, name: string): DemoOrganization => ({
  code: `HN-${code}`,
  name: `Ủy ban nhân dân ${name}`,
  kind: 'people_committee',
  parent: 'HN-UBND',
  children: [
    {
      code: `HN-${code}-HDND`,
      name: `Hội đồng nhân dân ${name}`,
      kind: 'people_council',
      parent: `HN-${code}`,
    },
    {
      code: `HN-${code}-MTTQ`,
      name: `Ủy ban MTTQ Việt Nam ${name}`,
      kind: 'fatherland_front',
      parent: `HN-${code}`,
    },
    {
      code: `HN-${code}-TTND`,
      name: `Ban Thanh tra nhân dân ${name}`,
      kind: 'peoples_inspection_board',
      parent: `HN-${code}`,
    },
    {
      code: `HN-${code}-HPN`,
      name: `Hội Liên hiệp Phụ nữ ${name}`,
      kind: 'mass_organization',
      parent: `HN-${code}`,
    },
  ],
})

/** One province (Hà Nội, code 01) with its departments and three communes after the 2025 reform. */
export const demoOrganizations: DemoOrganization[] = [
  {
    code: 'HN-UBND',
    name: 'Ủy ban nhân dân thành phố Hà Nội',
    kind: 'people_committee',
    parent: null,
    children: [
      {
        code: 'HN-BDV',
        name: 'Ban Dân vận Thành ủy Hà Nội',
        kind: 'party_mobilization_board',
        parent: 'HN-UBND',
      },
      { code: 'HN-TTTP', name: 'Thanh tra thành phố Hà Nội', kind: 'inspectorate', parent: 'HN-UBND' },
      { code: 'HN-SNV', name: 'Sở Nội vụ thành phố Hà Nội', kind: 'department', parent: 'HN-UBND' },
      {
        code: 'HN-MTTQ',
        name: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội',
        kind: 'fatherland_front',
        parent: 'HN-UBND',
      },
      commune('BADINH', 'phường Ba Đình'),
      commune('HOANKIEM', 'phường Hoàn Kiếm'),
      commune('SOCSON', 'xã Sóc Sơn'),
    ],
  },
]

export interface DemoUser {
  username: string
  fullName: string
  organization: string
  roles: Role[]
}

export const demoUsers: DemoUser[] = [
  { username: 'quantri.hanoi', fullName: 'Nguyễn Thị Hương', organization: 'HN-UBND', roles: ['unit_admin'] },
  { username: 'lanhdao.hanoi', fullName: 'Trần Văn Đức', organization: 'HN-UBND', roles: ['leader'] },
  { username: 'quantri.badinh', fullName: 'Lê Minh Tuấn', organization: 'HN-BADINH', roles: ['unit_admin'] },
  { username: 'lanhdao.badinh', fullName: 'Phạm Thị Lan', organization: 'HN-BADINH', roles: ['leader'] },
  { username: 'chuyenvien.badinh', fullName: 'Đỗ Quang Huy', organization: 'HN-BADINH', roles: ['handler'] },
  {
    username: 'tiepdan.badinh',
    fullName: 'Vũ Thị Mai',
    organization: 'HN-BADINH',
    roles: ['reception_officer'],
  },
  {
    username: 'danvan.badinh',
    fullName: 'Hoàng Văn Nam',
    organization: 'HN-BADINH',
    roles: ['mobilization_officer'],
  },
  {
    username: 'giamsat.badinh',
    fullName: 'Bùi Thị Thu',
    organization: 'HN-BADINH-MTTQ',
    roles: ['supervisor'],
  },
  { username: 'xem.hoankiem', fullName: 'Ngô Đình Khoa', organization: 'HN-HOANKIEM', roles: ['viewer'] },
  {
    username: 'tiepdan.socson',
    fullName: 'Đặng Thị Yến',
    organization: 'HN-SOCSON',
    roles: ['reception_officer'],
  },
]
