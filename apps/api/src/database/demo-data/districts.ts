import type { DistrictSeed } from './demo-data.types';

/**
 * The 13 units of Karaganda region (ISO 3166-2 KZ-KAR, P-code KZ35) since the Ulytau region was
 * separated in June 2022: 6 cities of regional significance and 7 districts.
 *
 * Names in Kazakh, Russian and English and KATO codes are the fields ADM2_KK, ADM2_RU, ADM2_EN
 * and KATO of geokz (ADM2, 2024 boundaries), taken as they are. `centre` is the administrative
 * centre of the unit (WGS 84): the marker stands there, because several districts wrap around a
 * city and their polygon centroid can fall outside them.
 */
const GEOKZ = {
  title: 'geokz: administrative boundaries of Kazakhstan (ADM2, 2024)',
  publisher: 'Alexander Rodionov, CC BY 4.0',
  url: 'https://github.com/arodionoff/geokz',
  date: '2026-11-25',
};

export const DISTRICTS: DistrictSeed[] = [
  {
    code: 'karaganda',
    kato: '351000000',
    kind: 'city',
    name: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
    adminCentre: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
    centre: { lat: 49.8047, lon: 73.1094 },
    source: GEOKZ,
  },
  {
    code: 'temirtau',
    kato: '352400000',
    kind: 'city',
    name: { kk: 'Теміртау', ru: 'Темиртау', en: 'Temirtau' },
    adminCentre: { kk: 'Теміртау', ru: 'Темиртау', en: 'Temirtau' },
    centre: { lat: 50.0549, lon: 72.9646 },
    source: GEOKZ,
  },
  {
    code: 'balkhash',
    kato: '351600000',
    kind: 'city',
    name: { kk: 'Балқаш', ru: 'Балхаш', en: 'Balkhash' },
    adminCentre: { kk: 'Балқаш', ru: 'Балхаш', en: 'Balkhash' },
    centre: { lat: 46.8481, lon: 74.995 },
    source: GEOKZ,
  },
  {
    code: 'saran',
    kato: '352200000',
    kind: 'city',
    name: { kk: 'Саран', ru: 'Сарань', en: "Saran'" },
    adminCentre: { kk: 'Саран', ru: 'Сарань', en: 'Saran' },
    centre: { lat: 49.79, lon: 72.84 },
    source: GEOKZ,
  },
  {
    code: 'shakhtinsk',
    kato: '352800000',
    kind: 'city',
    name: { kk: 'Шахтинск', ru: 'Шахтинск', en: 'Shakhtinsk' },
    adminCentre: { kk: 'Шахтинск', ru: 'Шахтинск', en: 'Shakhtinsk' },
    centre: { lat: 49.7103, lon: 72.5872 },
    source: GEOKZ,
  },
  {
    code: 'priozersk',
    kato: '352100000',
    kind: 'city',
    name: { kk: 'Приозер', ru: 'Приозерск', en: 'Priozersk' },
    adminCentre: { kk: 'Приозер', ru: 'Приозерск', en: 'Priozersk' },
    centre: { lat: 46.0311, lon: 73.7053 },
    source: GEOKZ,
  },
  {
    code: 'abay',
    kato: '353200000',
    kind: 'district',
    name: { kk: 'Абай', ru: 'Абайский', en: 'Abay' },
    adminCentre: { kk: 'Абай', ru: 'Абай', en: 'Abay' },
    centre: { lat: 49.6311, lon: 72.8578 },
    source: GEOKZ,
  },
  {
    code: 'aktogay',
    kato: '353600000',
    kind: 'district',
    name: { kk: 'Ақтоғай', ru: 'Актогайский', en: 'Aktogay' },
    adminCentre: { kk: 'Ақтоғай', ru: 'Актогай', en: 'Aktogay' },
    centre: { lat: 48.1667, lon: 75.3 },
    source: GEOKZ,
  },
  {
    code: 'bukhar-zhyrau',
    kato: '354000000',
    kind: 'district',
    name: { kk: 'Бұқар жырау', ru: 'Бухар-Жырауский', en: 'Bukhar-Zhyrau' },
    adminCentre: { kk: 'Ботақара', ru: 'Ботакара', en: 'Botakara' },
    centre: { lat: 50.0611, lon: 73.7156 },
    source: GEOKZ,
  },
  {
    code: 'karkaraly',
    kato: '354800000',
    kind: 'district',
    name: { kk: 'Қарқаралы', ru: 'Каркаралинский', en: 'Karkaraly' },
    adminCentre: { kk: 'Қарқаралы', ru: 'Каркаралинск', en: 'Karkaralinsk' },
    centre: { lat: 49.4097, lon: 75.4739 },
    source: GEOKZ,
  },
  {
    code: 'nura',
    kato: '355200000',
    kind: 'district',
    name: { kk: 'Нұра', ru: 'Нуринский', en: 'Nura' },
    adminCentre: { kk: 'Киевка', ru: 'Киевка', en: 'Kiyevka' },
    centre: { lat: 50.2567, lon: 71.5531 },
    source: GEOKZ,
  },
  {
    code: 'osakarov',
    kato: '355600000',
    kind: 'district',
    name: { kk: 'Осакаров', ru: 'Осакаровский', en: 'Osakarov' },
    adminCentre: { kk: 'Осакаровка', ru: 'Осакаровка', en: 'Osakarovka' },
    centre: { lat: 50.5619, lon: 72.5681 },
    source: GEOKZ,
  },
  {
    code: 'shet',
    kato: '356400000',
    kind: 'district',
    name: { kk: 'Шет', ru: 'Шетский', en: 'Shet' },
    adminCentre: { kk: 'Ақсу-Аюлы', ru: 'Аксу-Аюлы', en: 'Aksu-Ayuly' },
    centre: { lat: 48.7667, lon: 73.6667 },
    source: GEOKZ,
  },
];
