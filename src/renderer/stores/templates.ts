import { create } from 'zustand';
import type { TemplateSummary } from '../../shared/domain';
import { api } from '../ipc/client';

interface TemplatesState {
  readonly templates: readonly TemplateSummary[];
  readonly loaded: boolean;
  load(): Promise<void>;
}

export const useTemplates = create<TemplatesState>()((set) => ({
  templates: [],
  loaded: false,
  async load() {
    const result = await api.templates.list();
    if (result.ok) set({ templates: result.value, loaded: true });
  },
}));
