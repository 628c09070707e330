// Stylesheets and files imported from web code are bundled by web/build.ts (esbuild).
declare module "*.css";
declare module "*.svg" {
  const url: string;
  export default url;
}
declare module "*.png" {
  const url: string;
  export default url;
}
