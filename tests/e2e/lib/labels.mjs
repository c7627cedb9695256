// The labels the app promises to draw (its test contract), per language.
export const LABELS = {
  'zh-CN': { search: '搜索服务事项', favourite: '收藏', readOnly: '只读', catalogue: '服务目录', settings: '设置' },
  en: { search: 'Search services', favourite: 'Favourite', readOnly: 'Read-only', catalogue: 'Catalogue', settings: 'Settings' },
};
export const LANG_BUTTON = { 'zh-CN': '中文', en: 'English' };
export const ITEM_COUNT = 30;
