// Where the task pane is served, in one place. The localhost manifest (manifest.xml) is the only
// hand-written one; scripts/manifest.ts derives the production manifest from it by replacing
// DEV.base, so the two can never drift apart.

export type Environment = { name: 'dev' | 'production'; base: string; addinId: string };

/** The development server (npm run serve:addin): https on port 3000 with the Office dev certificates. */
export const DEV: Environment = {
  name: 'dev',
  base: 'https://localhost:3000/',
  addinId: '6f1d2c7e-3b5a-4c8e-9a41-2d7b0e5f9c13',
};

export const DEV_PORT = 3000;

/** Another id for the hosted add-in, so an officer may have both the hosted and a local copy side by side. */
export const PRODUCTION_ADDIN_ID = 'b2e8a4d1-7c9f-4e36-8d05-41a6c3f7e29b';

/** The task pane page and the icons, relative to the base. */
export const PAGES = { taskpane: 'taskpane.html' } as const;
export const ICON_SIZES = [16, 32, 64, 80] as const;
export const iconPath = (size: (typeof ICON_SIZES)[number]) => `assets/icon-${size}.png`;

/** A production base address: https, ending with "/". Throws a Vietnamese message otherwise. */
export function productionEnvironment(base: string): Environment {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`Địa chỉ "${base}" không phải một URL (ví dụ: https://tinh.example.gov.vn/thidua/).`);
  }
  if (url.protocol !== 'https:') throw new Error(`Địa chỉ "${base}" phải dùng https: Office chỉ nạp phần bổ trợ qua https.`);
  if (url.search || url.hash) throw new Error(`Địa chỉ "${base}" không được có phần "?…" hoặc "#…".`);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { name: 'production', base: `${url.origin}${path}`, addinId: PRODUCTION_ADDIN_ID };
}

/* Made for: the add-in served from one place: the localhost manifest hand-written, the production one derived from it, so they cannot drift apart. */
