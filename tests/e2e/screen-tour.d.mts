import type { BrowserContext, Page } from 'playwright-core';
/** One screen of the tour: a file-friendly name and how to open it. */
export interface TourScreen { name: string; open(page: Page, baseUrl: string): Promise<void> }
/** Every screen of the app and how to reach it. */
export declare const SCREENS: readonly TourScreen[];
/** Opens a fresh page with a paused clock and everything seeded. */
export declare function openSeededPage(context: BrowserContext, baseUrl: string): Promise<Page>;
/** Opens one screen and waits until it has settled. */
export declare function showScreen(page: Page, baseUrl: string, screen: TourScreen): Promise<void>;
