// Hands the translations config.js fetched before the start to angular-translate (see language.js,
// requireJsConfig). They go in under the preferred language, whose table angular-translate reads
// first; forceAsyncReload keeps the webapp's own loader running for that language all the same,
// since its callback also gives moment the language's dates.
define(['angular', 'module'], function (angular, module) {
  'use strict';
  var preloaded = module.config();
  return angular.module('supportdesk.preloadedTranslations', ['pascalprecht.translate'])
    .config(['$translateProvider', function ($translateProvider) {
      $translateProvider.translations(preloaded.language, preloaded.table);
      $translateProvider.forceAsyncReload(true);
    }]);
});
