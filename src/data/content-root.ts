/** Where the content lives; GLOSSA_CONTENT points the build at another folder of the same layout (a fixture, a generated archive). */
export const contentRoot = process.env.GLOSSA_CONTENT ?? 'content';
