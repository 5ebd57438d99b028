// Every page's script: each behaviour in its own module; search loads its interface only when opened.
import './cite-blocks';
import './previews';
import './search-launcher';
import './theme-toggle';
