// Stands in for imported .css files in jest (Vite bundles the real stylesheet).
export default {};
