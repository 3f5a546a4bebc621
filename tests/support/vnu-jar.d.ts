/** `vnu-jar` exports the path of vnu.jar (a String object). */
declare module 'vnu-jar' {
  const path: string;
  export default path;
}
