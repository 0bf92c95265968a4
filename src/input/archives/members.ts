// Which archive members are not documents: directories, dot files and the
// metadata macOS and packers leave behind.
export function isHiddenMember(name: string): boolean {
  if (name.endsWith("/")) return true;
  return name.split("/").some((part) => part.startsWith(".") && part !== "." && part !== "..") || /(^|\/)__MACOSX\//.test(name);
}
