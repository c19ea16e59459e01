import type { OrganizationKind } from '../../contracts/organizations.ts'
import type { Role } from '../../platform/access/permissions.ts'

/** The password of every demo account (demo data only; printed at start and in README). */
export const DEMO_PASSWORD = 'DanVanSo-Demo-2026'

export interface DemoOrganization {
  code: string
  name: string
  kind: OrganizationKind
  parent: string | null // code of the parent; null = the root organization
  /** Code of the administrative unit served, in force today (db/reference/admin-units/current-*.csv). */
  adminUnitCode?: string
  /** Contacts published on the citizen portal (fictional numbers; `.example` addresses, RFC 2606). */
  contacts?: { contactPhone: string; hotline: string; email: string; address: string }
  children?: DemoOrganization[]
}

const org = (
  code: string,
  name: string,
  kind: OrganizationKind,
  parent: string,
  children?: DemoOrganization[],
): DemoOrganization => ({ code, name, kind, parent, ...(children ? { children } : {}) })

/**
 * The Fatherland Front and, under it, the mass organizations (trade union, women's, youth, farmers' and
 * veterans' associations). `farmers`: a ward (phường) has no farmers' association in this demo.
 */
const front = (
  prefix: string,
  parent: string,
  name: string,
  options: { tradeUnion: boolean; farmers: boolean },
) =>
  org(`${prefix}-MTTQ`, `Ủy ban MTTQ Việt Nam ${name}`, 'fatherland_front', parent, [
    ...(options.tradeUnion
      ? [org(`${prefix}-LDLD`, `Liên đoàn Lao động ${name}`, 'mass_organization', `${prefix}-MTTQ`)]
      : []),
    org(`${prefix}-HPN`, `Hội Liên hiệp Phụ nữ ${name}`, 'mass_organization', `${prefix}-MTTQ`),
    org(
      `${prefix}-DTN`,
      `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${name}`,
      'mass_organization',
      `${prefix}-MTTQ`,
    ),
    ...(options.farmers
      ? [org(`${prefix}-HND`, `Hội Nông dân ${name}`, 'mass_organization', `${prefix}-MTTQ`)]
      : []),
    org(`${prefix}-HCCB`, `Hội Cựu chiến binh ${name}`, 'mass_organization', `${prefix}-MTTQ`),
  ])

/** A commune after 01/07/2025 (two-tier local government), attached to its unit in the reference data. */
const commune = (
  code: string,
  name: string,
  adminUnitCode: string,
  farmers: boolean,
  contacts: { phone: string; hotline: string; address: string },
): DemoOrganization => {
  const prefix = `HN-${code}`
  return {
    code: prefix,
    name: `Ủy ban nhân dân ${name}`,
    kind: 'people_committee',
    parent: 'HN-UBND',
    adminUnitCode,
    contacts: {
      contactPhone: contacts.phone,
      hotline: contacts.hotline,
      email: `tiepnhan.${code.toLowerCase()}@danvan.example`,
      address: contacts.address,
    },
    children: [
      org(`${prefix}-HDND`, `Hội đồng nhân dân ${name}`, 'people_council', prefix),
      front(prefix, prefix, name, { tradeUnion: false, farmers }),
      org(`${prefix}-TTND`, `Ban Thanh tra nhân dân ${name}`, 'peoples_inspection_board', prefix),
      org(
        `${prefix}-GSDT`,
        `Ban Giám sát đầu tư của cộng đồng ${name}`,
        'community_investment_supervision_board',
        prefix,
      ),
    ],
  }
}

/** One province (Hà Nội, code 01) with its departments and three communes after the 2025 reform. */
export const demoOrganizations: DemoOrganization[] = [
  {
    code: 'HN-UBND',
    name: 'Ủy ban nhân dân thành phố Hà Nội',
    kind: 'people_committee',
    parent: null,
    adminUnitCode: '01',
    contacts: {
      contactPhone: '024 3825 0000',
      hotline: '1022',
      email: 'tiepnhan.hanoi@danvan.example',
      address: 'Số 79 phố Đinh Tiên Hoàng, phường Hoàn Kiếm, thành phố Hà Nội',
    },
    children: [
      org('HN-HDND', 'Hội đồng nhân dân thành phố Hà Nội', 'people_council', 'HN-UBND'),
      org('HN-BDV', 'Ban Dân vận Thành ủy Hà Nội', 'party_mobilization_board', 'HN-UBND'),
      org('HN-TTTP', 'Thanh tra thành phố Hà Nội', 'inspectorate', 'HN-UBND'),
      org('HN-SNV', 'Sở Nội vụ thành phố Hà Nội', 'department', 'HN-UBND'),
      org('HN-STP', 'Sở Tư pháp thành phố Hà Nội', 'department', 'HN-UBND'),
      front('HN', 'HN-UBND', 'thành phố Hà Nội', { tradeUnion: true, farmers: true }),
      commune('BADINH', 'phường Ba Đình', '00004', false, {
        phone: '024 3843 0001',
        hotline: '024 3843 0002',
        address: 'Số 25 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội',
      }),
      commune('HOANKIEM', 'phường Hoàn Kiếm', '00070', false, {
        phone: '024 3825 0011',
        hotline: '024 3825 0012',
        address: 'Số 126 phố Hàng Trống, phường Hoàn Kiếm, thành phố Hà Nội',
      }),
      commune('SOCSON', 'xã Sóc Sơn', '00376', true, {
        phone: '024 3884 0021',
        hotline: '024 3884 0022',
        address: 'Đường Núi Đôi, xã Sóc Sơn, thành phố Hà Nội',
      }),
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
